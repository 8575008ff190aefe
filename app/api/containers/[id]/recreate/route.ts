import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { containerSettings, recreateContainer } from "@/lib/server/engine/container-recreate";
import { containerRef } from "@/lib/shared/schemas/containers";
import { recreateContainerBody } from "@/lib/shared/schemas/container-config";
import { maskEnvRows, seesEnvValues } from "@/lib/shared/auth/mask-env";

/** The settings a recreate starts from (what the Settings tab edits); reads only. */
export const GET = apiRoute<{ id: string }>(async (_req, { params, engine, principal }) => {
  const settings = await containerSettings(engine, containerRef.parse(params.id));
  return { settings: seesEnvValues(principal) ? settings : { ...settings, recreatable: { ...settings.recreatable, env: maskEnvRows(settings.recreatable.env) } } };
});

export const POST = apiRoute<{ id: string }>(async (req, { params, engine, principal }) => {
  const ref = containerRef.parse(params.id);
  const { confirm: _confirm, ...changes } = recreateContainerBody.parse(await readJsonBody(req));
  return { container: await recreateContainer(engine, ref, changes, { restricted: principal?.role !== "admin" }) };
});

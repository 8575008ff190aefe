import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { containerSettings, recreateContainer } from "@/lib/server/engine/container-recreate";
import { containerRef } from "@/lib/shared/schemas/containers";
import { recreateContainerBody } from "@/lib/shared/schemas/container-config";

/** The settings a recreate starts from (what the Settings tab edits); reads only. */
export const GET = apiRoute<{ id: string }>(async (_req, { params, engine }) => ({
  settings: await containerSettings(engine, containerRef.parse(params.id)),
}));

export const POST = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = containerRef.parse(params.id);
  const { confirm: _confirm, ...changes } = recreateContainerBody.parse(await readJsonBody(req));
  return { container: await recreateContainer(engine, ref, changes) };
});

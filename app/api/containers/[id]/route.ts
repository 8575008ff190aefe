import { apiRoute, parseQuery, readJsonBody } from "@/lib/server/api/handler";
import { inspectContainer, removeContainer } from "@/lib/server/engine/containers";
import { updateContainer } from "@/lib/server/engine/container-update";
import { containerRef, removeContainerQuery } from "@/lib/shared/schemas/containers";
import { updateContainerBody } from "@/lib/shared/schemas/container-config";
import { maskEnvList, seesEnvValues } from "@/lib/shared/auth/mask-env";

export const GET = apiRoute<{ id: string }>(async (_req, { params, engine, principal }) => {
  const container = await inspectContainer(engine, containerRef.parse(params.id));
  return { container: seesEnvValues(principal) ? container : { ...container, env: maskEnvList(container.env) } };
});

/** In-place changes only (rename, `docker update`): the id stays the same. */
export const PATCH = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = containerRef.parse(params.id);
  const changes = updateContainerBody.parse(await readJsonBody(req));
  return { container: await updateContainer(engine, ref, changes) };
});

export const DELETE = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = containerRef.parse(params.id);
  const opts = parseQuery(req, removeContainerQuery);
  return { removed: await removeContainer(engine, ref, opts) };
});

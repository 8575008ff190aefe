import { apiRoute, parseQuery } from "@/lib/api/handler";
import { inspectContainer, removeContainer } from "@/lib/docker/containers";
import { containerRef, removeContainerQuery } from "@/lib/schemas/containers";

export const GET = apiRoute<{ id: string }>(async (_req, { params }) => ({
  container: await inspectContainer(containerRef.parse(params.id)),
}));

export const DELETE = apiRoute<{ id: string }>(async (req, { params }) => {
  const ref = containerRef.parse(params.id);
  const opts = parseQuery(req, removeContainerQuery);
  return { removed: await removeContainer(ref, opts) };
});

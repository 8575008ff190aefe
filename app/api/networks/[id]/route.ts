import { apiRoute } from "@/lib/api/handler";
import { inspectNetwork, removeNetwork } from "@/lib/docker/networks";
import { networkRef } from "@/lib/schemas/networks";

export const GET = apiRoute<{ id: string }>(async (_req, { params }) => ({
  network: await inspectNetwork(networkRef.parse(params.id)),
}));

export const DELETE = apiRoute<{ id: string }>(async (_req, { params }) => {
  const ref = networkRef.parse(params.id);
  await removeNetwork(ref);
  return { removed: ref };
});

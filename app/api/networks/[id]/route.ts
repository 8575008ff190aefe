import { apiRoute } from "@/lib/server/api/handler";
import { inspectNetwork, removeNetwork } from "@/lib/server/engine/networks";
import { networkRef } from "@/lib/shared/schemas/networks";

export const GET = apiRoute<{ id: string }>(async (_req, { params }) => ({
  network: await inspectNetwork(networkRef.parse(params.id)),
}));

export const DELETE = apiRoute<{ id: string }>(async (_req, { params }) => {
  const ref = networkRef.parse(params.id);
  await removeNetwork(ref);
  return { removed: ref };
});

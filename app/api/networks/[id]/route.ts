import { apiRoute } from "@/lib/server/api/handler";
import { inspectNetwork, removeNetwork } from "@/lib/server/engine/networks";
import { networkRef } from "@/lib/shared/schemas/networks";

export const GET = apiRoute<{ id: string }>(async (_req, { params, engine }) => ({
  network: await inspectNetwork(engine, networkRef.parse(params.id)),
}));

export const DELETE = apiRoute<{ id: string }>(async (_req, { params, engine }) => {
  const ref = networkRef.parse(params.id);
  await removeNetwork(engine, ref);
  return { removed: ref };
});

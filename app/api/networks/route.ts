import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { createNetwork, listNetworks } from "@/lib/server/engine/networks";
import { createNetworkSchema } from "@/lib/shared/schemas/networks";

export const GET = apiRoute(async (_req, { engine }) => ({ networks: await listNetworks(engine) }));

export const POST = apiRoute(async (req, { engine }) => {
  const input = createNetworkSchema.parse(await readJsonBody(req));
  return { network: await createNetwork(engine, input) };
});

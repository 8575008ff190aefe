import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { createNetwork, listNetworks } from "@/lib/server/engine/networks";
import { createNetworkSchema } from "@/lib/shared/schemas/networks";

export const GET = apiRoute(async () => ({ networks: await listNetworks() }));

export const POST = apiRoute(async (req) => {
  const input = createNetworkSchema.parse(await readJsonBody(req));
  return { network: await createNetwork(input) };
});

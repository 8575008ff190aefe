import { apiRoute, readJsonBody } from "@/lib/api/handler";
import { createNetwork, listNetworks } from "@/lib/docker/networks";
import { createNetworkSchema } from "@/lib/schemas/networks";

export const GET = apiRoute(async () => ({ networks: await listNetworks() }));

export const POST = apiRoute(async (req) => {
  const input = createNetworkSchema.parse(await readJsonBody(req));
  return { network: await createNetwork(input) };
});

import { apiRoute, readJsonBody } from "@/lib/api/handler";
import { disconnectNetwork, inspectNetwork } from "@/lib/docker/networks";
import { disconnectNetworkSchema, networkRef } from "@/lib/schemas/networks";

export const POST = apiRoute<{ id: string }>(async (req, { params }) => {
  const ref = networkRef.parse(params.id);
  const { container, force } = disconnectNetworkSchema.parse(await readJsonBody(req));
  await disconnectNetwork(ref, container, force);
  return { network: await inspectNetwork(ref) };
});

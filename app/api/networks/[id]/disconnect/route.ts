import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { disconnectNetwork, inspectNetwork } from "@/lib/server/engine/networks";
import { disconnectNetworkSchema, networkRef } from "@/lib/shared/schemas/networks";

export const POST = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = networkRef.parse(params.id);
  const { container, force } = disconnectNetworkSchema.parse(await readJsonBody(req));
  await disconnectNetwork(engine, ref, container, force);
  return { network: await inspectNetwork(engine, ref) };
});

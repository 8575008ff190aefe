import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { connectNetwork, inspectNetwork } from "@/lib/server/engine/networks";
import { connectNetworkSchema, networkRef } from "@/lib/shared/schemas/networks";

export const POST = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = networkRef.parse(params.id);
  const { container, alias } = connectNetworkSchema.parse(await readJsonBody(req));
  await connectNetwork(engine, ref, container, alias);
  return { network: await inspectNetwork(engine, ref) };
});

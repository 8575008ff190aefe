import { apiRoute, parseQuery } from "@/lib/api/handler";
import { listProcesses } from "@/lib/docker/top";
import { containerRef } from "@/lib/schemas/containers";
import { topQuery } from "@/lib/schemas/stats";

export const GET = apiRoute<{ id: string }>(async (req, { params }) => {
  const ref = containerRef.parse(params.id);
  const { ps_args } = parseQuery(req, topQuery);
  return await listProcesses(ref, ps_args || undefined);
});

import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { listProcesses } from "@/lib/server/engine/top";
import { containerRef } from "@/lib/shared/schemas/containers";
import { topQuery } from "@/lib/shared/schemas/stats";

export const GET = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = containerRef.parse(params.id);
  const { ps_args } = parseQuery(req, topQuery);
  return await listProcesses(engine, ref, ps_args || undefined);
});

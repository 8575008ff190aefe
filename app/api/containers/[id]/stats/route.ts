import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { inspectContainer } from "@/lib/server/engine/containers";
import { statsSample } from "@/lib/server/engine/stats";
import { containerRef } from "@/lib/shared/schemas/containers";
import { statsQuery } from "@/lib/shared/schemas/stats";

// One reading, like `docker stats --no-stream`. Live figures go over socket.io (`stats:watch`).
export const GET = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = containerRef.parse(params.id);
  parseQuery(req, statsQuery);
  const { id, state } = await inspectContainer(engine, ref);
  // A paused container still has counters (its CPU is simply 0).
  const live = state === "running" || state === "paused";
  return { id, running: state === "running", sample: live ? await statsSample(engine, id) : null };
});

import { apiRoute } from "@/lib/server/api/handler";
import { composeStatus } from "@/lib/server/compose/cli";
import { listStacks } from "@/lib/server/compose/stacks";

export const GET = apiRoute(async (_req, { engine }) => {
  const [stacks, compose] = await Promise.all([listStacks(engine), composeStatus(engine)]);
  return { stacks, compose };
});

import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { composeStatus } from "@/lib/server/compose/cli";
import { createStack } from "@/lib/server/compose/create";
import { listStacks } from "@/lib/server/compose/stacks";
import { createStackBody } from "@/lib/shared/schemas/stacks";

export const GET = apiRoute(async (_req, { engine }) => {
  const [stacks, compose] = await Promise.all([listStacks(engine), composeStatus(engine)]);
  return { stacks, compose };
});

/** A new stack kept under Berth's data dir: `compose config` must accept it (else 422 with the CLI's words, nothing created), then `up -d` as a task. */
export const POST = apiRoute(async (req, { engine }) => {
  const body = createStackBody.parse(await readJsonBody(req));
  const { task } = await createStack(engine, body);
  return { name: body.name, taskId: task.id, task };
});

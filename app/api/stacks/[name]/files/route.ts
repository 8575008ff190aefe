import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { composeTask } from "@/lib/server/compose/actions";
import { saveEdit, stackFiles } from "@/lib/server/compose/files";
import { editFileBody, stackName } from "@/lib/shared/schemas/stacks";

/** The compose files named by the project's labels (when readable here) and its .env's variable names. */
export const GET = apiRoute<{ name: string }>(async (_req, { params, engine }) => stackFiles(engine, stackName.parse(params.name)));

/** Saves one of the files after `compose config` accepts it; with `redeploy`, then runs `up -d` as a task. */
export const PUT = apiRoute<{ name: string }>(async (req, { params, engine }) => {
  const name = stackName.parse(params.name);
  const body = editFileBody.parse(await readJsonBody(req));
  const target = await saveEdit(engine, name, body.path, body.content);
  const task = body.redeploy ? composeTask(engine, target, "redeploy", ["up", "-d"]) : undefined;
  return { saved: body.path, task };
});

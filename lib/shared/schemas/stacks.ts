import { z } from "zod";
import { PROJECT_ACTIONS, SERVICE_ACTIONS } from "@/lib/shared/stacks/actions";
import { isServiceName, projectNameProblem } from "@/lib/shared/stacks/names";

export const stackName = z.string().superRefine((name, ctx) => {
  const problem = projectNameProblem(name);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const serviceName = z.string().refine(isServiceName, "Not a Compose service name");

export const projectAction = z.enum(PROJECT_ACTIONS);
export const serviceAction = z.enum(SERVICE_ACTIONS);

/** POST /api/stacks/:name/:action. `volumes` only means something for down. */
export const projectActionBody = z.object({ volumes: z.boolean().optional() }).strict();

/** POST /api/stacks/:name/services/:service/:action. `replicas` is required for scale. */
export const serviceActionBody = z.object({ replicas: z.number().int().min(0).max(100).optional() }).strict();

const MAX_FILE_CHARS = 1024 * 1024;
const composeText = z.string().min(1, "The compose file is empty").max(MAX_FILE_CHARS, "The compose file is larger than 1 MB");

/** POST /api/stacks/:name/files/preview and PUT /api/stacks/:name/files: one of the project's files, new text. */
export const editFileBody = z
  .object({ path: z.string().min(1), content: composeText, redeploy: z.boolean().optional() })
  .strict();

/** POST /api/stacks: a new stack kept under Berth's data dir. */
export const createStackBody = z
  .object({ name: stackName, compose: composeText, env: z.string().max(256 * 1024, "The .env file is larger than 256 kB").optional() })
  .strict();

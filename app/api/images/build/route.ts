import type { NextRequest } from "next/server";
import type { Readable } from "node:stream";
import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { buildImage, dockerfileContext } from "@/lib/server/engine/build";
import { consumed, requestBodyStream } from "@/lib/server/engine/image-transfer";
import { applyBuildEvent, cancelTask, getTask, startTask } from "@/lib/server/live/tasks";
import { buildArgsFromQuery, buildContextQuery, buildDockerfileBody, type BuildOptions } from "@/lib/shared/schemas/build";

// `docker build`, three ways in, one task: JSON with a pasted Dockerfile, or a tar / tar.gz context
// as the body (what the browser's folder picker assembles too) with the options in the query.

const NO_CONTEXT = "Upload a build context (a tar or tar.gz holding a Dockerfile) as the request body, or send JSON with a dockerfile";

async function fromRequest(req: NextRequest): Promise<{ context: Readable; opts: BuildOptions; uploaded: boolean }> {
  if (req.headers.get("content-type")?.split(";")[0]?.trim() === "application/json") {
    const { dockerfile, ...rest } = buildDockerfileBody.parse(await readJsonBody(req));
    return { context: dockerfileContext(dockerfile), opts: { ...rest, dockerfile: "Dockerfile" }, uploaded: false };
  }
  const params = req.nextUrl.searchParams;
  const query: Record<string, unknown> = {};
  for (const [key, value] of params) if (key !== "buildArg") query[key] = value;
  if (params.has("buildArg")) query.buildArgs = buildArgsFromQuery(params.getAll("buildArg"));
  // Options first: a bad tag is refused before a byte of the context is read.
  const opts = buildContextQuery.parse(query);
  return { context: await requestBodyStream(req.body, NO_CONTEXT), opts, uploaded: true };
}

/**
 * Starts the build as a task and answers `{ taskId, task }`. An uploaded context is answered once the
 * engine has it all (the upload is this request's body); the build itself then goes on in the server.
 */
export const POST = apiRoute(async (req, { engine }) => {
  const { context, opts, uploaded } = await fromRequest(req);
  let settle!: () => void;
  const finished = new Promise<void>((resolve) => (settle = resolve));
  const task = startTask("build", opts.tag ?? "untagged image", (signal, t) =>
    buildImage(engine, context, opts, { signal, onEvent: (event) => applyBuildEvent(t, event) }).finally(settle),
  );
  if (uploaded) {
    // The browser giving up on the upload cancels the build; once the context is in, leaving is fine.
    const cancel = () => cancelTask(task.id);
    req.signal.addEventListener("abort", cancel, { once: true });
    await Promise.race([consumed(context), finished]);
    req.signal.removeEventListener("abort", cancel);
  }
  return { taskId: task.id, task: getTask(task.id) ?? task };
});

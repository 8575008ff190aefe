import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { commitContainer } from "@/lib/server/engine/commit";
import { commitBody } from "@/lib/shared/schemas/build";
import { containerRef } from "@/lib/shared/schemas/containers";

/** `docker commit`: answers the new image's id and the reference it was tagged with, if any. */
export const POST = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = containerRef.parse(params.id);
  const { reference, repo, tagName, ...opts } = commitBody.parse(await readJsonBody(req));
  const { id } = await commitContainer(engine, ref, { ...opts, repo, tagName });
  return { id, ...(reference ? { reference } : {}) };
});

import { apiRoute, readJsonBody } from "@/lib/api/handler";
import { commitContainer } from "@/lib/docker/commit";
import { commitBody } from "@/lib/schemas/build";
import { containerRef } from "@/lib/schemas/containers";

/** `docker commit`: answers the new image's id and the reference it was tagged with, if any. */
export const POST = apiRoute<{ id: string }>(async (req, { params }) => {
  const ref = containerRef.parse(params.id);
  const { reference, repo, tagName, ...opts } = commitBody.parse(await readJsonBody(req));
  const { id } = await commitContainer(ref, { ...opts, repo, tagName });
  return { id, ...(reference ? { reference } : {}) };
});

import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { tagImage } from "@/lib/server/engine/images";
import { imageRef, tagImageBody } from "@/lib/shared/schemas/images";

export const POST = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = imageRef.parse(params.id);
  const { repo, tag, reference } = tagImageBody.parse(await readJsonBody(req));
  return { image: await tagImage(engine, ref, repo, tag), reference };
});

import { apiRoute, readJsonBody } from "@/lib/api/handler";
import { tagImage } from "@/lib/docker/images";
import { imageRef, tagImageBody } from "@/lib/schemas/images";

export const POST = apiRoute<{ id: string }>(async (req, { params }) => {
  const ref = imageRef.parse(params.id);
  const { repo, tag, reference } = tagImageBody.parse(await readJsonBody(req));
  return { image: await tagImage(ref, repo, tag), reference };
});

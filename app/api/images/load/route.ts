import { apiRoute } from "@/lib/server/api/handler";
import { ApiError } from "@/lib/shared/errors";
import { loadImages, requestBodyStream } from "@/lib/server/engine/image-transfer";

/** `docker load`: the body is a `docker save` tar, piped to the engine as it arrives. */
export const POST = apiRoute(async (req) => {
  if (req.nextUrl.searchParams.size > 0) throw new ApiError(400, "invalid_request", "docker load takes no options");
  const body = await requestBodyStream(req.body, "Upload an image tar (made by docker save) as the request body");
  return loadImages(body, req.signal);
});

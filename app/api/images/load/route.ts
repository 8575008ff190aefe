import { apiRoute } from "@/lib/server/api/handler";
import { loadImages, requestBodyStream } from "@/lib/server/engine/image-transfer";
import { ApiError } from "@/lib/shared/errors";

/** `docker load`: the body is a `docker save` tar, piped to the engine as it arrives. */
export const POST = apiRoute(async (req, { engine }) => {
  if (req.nextUrl.searchParams.size > 0) throw new ApiError("invalid_request", "docker load takes no options");
  const body = await requestBodyStream(req.body, "Upload an image tar (made by docker save) as the request body");
  return loadImages(engine, body, req.signal);
});

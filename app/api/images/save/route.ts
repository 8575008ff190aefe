import { apiRoute } from "@/lib/server/api/handler";
import { ApiError } from "@/lib/shared/errors";
import { openSave } from "@/lib/server/engine/image-transfer";
import { downloadResponse } from "@/lib/server/api/download-headers";
import { saveNames } from "@/lib/shared/schemas/build";

/** `docker save a b …` as one tar download: `?names=a,b` or `?names=a&names=b`. */
export const GET = apiRoute(async (req) => {
  const params = req.nextUrl.searchParams;
  for (const key of params.keys()) if (key !== "names") throw new ApiError(400, "invalid_request", `Unknown parameter "${key}"`);
  return downloadResponse(await openSave(saveNames(params.getAll("names")), req.signal));
});

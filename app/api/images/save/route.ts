import { apiRoute } from "@/lib/server/api/handler";
import { openSave } from "@/lib/server/engine/image-transfer";
import { downloadResponse } from "@/lib/server/api/download-headers";
import { saveNames } from "@/lib/shared/schemas/build";
import { ApiError } from "@/lib/shared/errors";

/** `docker save a b …` as one tar download: `?names=a,b` or `?names=a&names=b`. */
export const GET = apiRoute(async (req, { engine }) => {
  const params = req.nextUrl.searchParams;
  for (const key of params.keys()) if (key !== "names") throw new ApiError("invalid_request", `Unknown parameter "${key}"`);
  return downloadResponse(await openSave(engine, saveNames(params.getAll("names")), req.signal));
});

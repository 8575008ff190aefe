import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { importImage, requestBodyStream } from "@/lib/server/engine/image-transfer";
import { importQuery } from "@/lib/shared/schemas/build";

/** `docker import`: the body is a rootfs tar, piped to the engine as it arrives. */
export const POST = apiRoute(async (req, { engine }) => {
  const { repo, tagName, message, reference } = parseQuery(req, importQuery);
  const body = await requestBodyStream(req.body, "Upload a root filesystem tar (plain or gzip) as the request body");
  const { id } = await importImage(engine, body, { repo, tagName, message }, req.signal);
  return { id, ...(reference ? { reference } : {}) };
});

import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { browseSessionRef, volumeListBodySchema, volumeRef } from "@/lib/shared/schemas/volumes";

// A POST, though it changes nothing: in a session whose helper has a shell, a listing runs `find` in it (an exec
// is engine work), and no GET may make the engine run anything.
export const POST = apiRoute<{ name: string; session: string }>(async (req, { params, engine }) => {
  const name = volumeRef.parse(params.name);
  const id = browseSessionRef.parse(params.session);
  const { path } = volumeListBodySchema.parse(await readJsonBody(req));
  return { listing: await engine.volumeBrowse.list(name, id, path, req.signal) };
});

import { apiRoute } from "@/lib/server/api/handler";
import { browseSessionRef, volumeRef } from "@/lib/shared/schemas/volumes";

/** Ends the session now (its helper is removed); `closed: false` when it had ended already. */
export const DELETE = apiRoute<{ name: string; session: string }>(async (_req, { params, engine }) => {
  const name = volumeRef.parse(params.name);
  const id = browseSessionRef.parse(params.session);
  return { closed: await engine.volumeBrowse.close(name, id) };
});

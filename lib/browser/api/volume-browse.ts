import type { VolumeBrowseSession, VolumeListing } from "@/lib/shared/types/volumes";
import { fetchJson, postJson } from "./fetch-json";
import { browseListPath, browsePath, browseSessionPath } from "@/lib/browser/paths/volumes";

// A volume browse session from the browser: open (or join) one, list folders in it, end it.

export async function openBrowseSession(volume: string): Promise<VolumeBrowseSession> {
  return (await postJson<{ session: VolumeBrowseSession }>(browsePath(volume))).session;
}

export async function listBrowseFolder(volume: string, session: string, path: string): Promise<VolumeListing> {
  return (await postJson<{ listing: VolumeListing }>(browseListPath(volume, session), { path })).listing;
}

/** Best effort, and it outlives the page (keepalive): the server ends idle sessions anyway. */
export function closeBrowseSession(volume: string, session: string): void {
  void fetchJson(browseSessionPath(volume, session), { method: "DELETE", keepalive: true }).catch(() => undefined);
}

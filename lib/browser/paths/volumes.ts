// URLs of a volume and of its browse sessions (docs/api.md, "Volumes").

export function volumePath(name: string): string {
  return `/api/volumes/${encodeURIComponent(name)}`;
}

/** POST: opens (or joins) the volume's browse session. */
export function browsePath(volume: string): string {
  return `${volumePath(volume)}/browse`;
}

/** DELETE: ends the session. */
export function browseSessionPath(volume: string, session: string): string {
  return `${browsePath(volume)}/${encodeURIComponent(session)}`;
}

/** POST `{ path }`: one folder. */
export function browseListPath(volume: string, session: string): string {
  return `${browseSessionPath(volume, session)}/list`;
}

/** GET: a file's bytes (`auto` for a file) or a folder's tar. */
export function browseDownloadUrl(volume: string, session: string, path: string, format: "auto" | "file" | "tar" = "auto"): string {
  const q = new URLSearchParams({ path });
  if (format !== "auto") q.set("format", format);
  return `${browseSessionPath(volume, session)}/download?${q}`;
}

/** The in-app URL of a volume's screen. */
export function volumeHref(name: string): string {
  return `/volumes/${encodeURIComponent(name)}`;
}

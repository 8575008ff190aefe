/** The 12-character form `docker ps` shows, for container and image ids ("sha256:" stripped). */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, "").slice(0, 12);
}

// API paths of the registries resource; SWR keys are built from them.
export const REGISTRIES_KEY = "/api/registries";

export function registryPath(id: string): string {
  return `${REGISTRIES_KEY}/${encodeURIComponent(id)}`;
}

export function catalogPath(id: string, last?: string, n = 100): string {
  const query = new URLSearchParams({ n: String(n) });
  if (last) query.set("last", last);
  return `${registryPath(id)}/catalog?${query}`;
}

export function tagsPath(id: string, repository: string): string {
  return `${registryPath(id)}/tags?${new URLSearchParams({ repository })}`;
}

export function searchPath(term: string, limit = 25): string {
  return `${REGISTRIES_KEY}/search?${new URLSearchParams({ term, limit: String(limit) })}`;
}

/** The screen of one registry. */
export function registryHref(id: string): string {
  return `/registries?registry=${encodeURIComponent(id)}`;
}

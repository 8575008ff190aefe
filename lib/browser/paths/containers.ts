// SWR keys double as request URLs; keeping them in one place keeps the live invalidation
// (which matches on these prefixes) in step with the hooks.
export const HEALTH_KEY = "/api/health";
export const CONTAINERS_KEY = "/api/containers?all=1";
export const CONTAINERS_PREFIX = "/api/containers";

export function containerPath(idOrName: string): string {
  return `/api/containers/${encodeURIComponent(idOrName)}`;
}

export function isContainersKey(key: unknown): boolean {
  return typeof key === "string" && key.startsWith(CONTAINERS_PREFIX);
}

/** A key of the container list itself (`/api/containers?…`), not of one container under it (`/api/containers/<id>…`). */
export function isContainerListKey(key: unknown): key is string {
  return isContainersKey(key) && !(key as string).slice(CONTAINERS_PREFIX.length).startsWith("/");
}

/** The in-app URL of a container's screen. */
export function containerHref(name: string): string {
  return `/containers/${encodeURIComponent(name)}`;
}

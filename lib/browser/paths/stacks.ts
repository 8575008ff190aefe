// SWR keys (= request URLs) and in-app links of the stacks screens; live invalidation matches on STACKS_PREFIX.
export const STACKS_PREFIX = "/api/stacks";
export const STACKS_KEY = "/api/stacks";

export function stackPath(name: string): string {
  return `${STACKS_PREFIX}/${encodeURIComponent(name)}`;
}

export function stackHref(name: string): string {
  return `/stacks/${encodeURIComponent(name)}`;
}

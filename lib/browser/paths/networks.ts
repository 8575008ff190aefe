/** The in-app URL of a network's screen. */
export function networkHref(idOrName: string): string {
  return `/networks/${encodeURIComponent(idOrName)}`;
}

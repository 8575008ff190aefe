// Log times are compared on the server (a shared follow joined after a viewer's history) and in the browser
// (resuming after a reconnect): one rule for both.

/**
 * The engine's RFC 3339 UTC time with its fraction padded to nanoseconds, so two times compare as
 * strings (the engine trims trailing zeros: ".5Z" and ".123Z").
 */
export function normalizeTs(ts: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/.exec(ts);
  return m ? `${m[1]}.${(m[2] ?? "").padEnd(9, "0")}Z` : ts;
}

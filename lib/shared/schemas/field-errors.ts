/**
 * Zod issues → `{ "ports.0.hostPort": "message" }`, the first message per field: what forms mark and what the API
 * sends back as `error.fields`. Issues about the whole input (empty path) are left to the caller's own message.
 */
export function issuesToFields(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".");
    if (key && !(key in fields)) fields[key] = issue.message;
  }
  return fields;
}

/** Only the given fields' messages. */
export function pickFields(fields: Record<string, string>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => keys.includes(key)));
}

/** Zod issues as one line for a message: "ports.0.hostPort: too big; name: required". */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.map(String).join(".")}: ${i.message}` : i.message)).join("; ") || "invalid request";
}

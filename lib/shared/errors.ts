// The one error shape every endpoint answers with: { error: { code, message } }.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Per-field messages (`{ "ports.0.hostPort": "…" }`) so a form can show each next to its field. */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function errorBody(code: string, message: string, fields?: Record<string, string>) {
  return fields && Object.keys(fields).length ? { error: { code, message, fields } } : { error: { code, message } };
}

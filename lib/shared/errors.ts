// The one error shape every endpoint answers with, `{ error: { code, message, fields? } }`, and the one list of
// codes with the HTTP status each answers with. The server throws ApiError; the browser rebuilds one from the
// response (fetch-json), so components branch on `code` and never parse messages.

export const ERROR_STATUS = {
  // The caller's fault: the request as sent cannot be served.
  invalid_request: 400,
  login_failed: 401,
  // No key, session or API token (or one that expired or was revoked).
  unauthorized: 401,
  registry_unauthorized: 401,
  cross_origin: 403,
  // Signed in, but the role may not do this (or nothing in the access table says who may).
  forbidden: 403,
  registry_forbidden: 403,
  not_found: 404,
  unknown_action: 404,
  conflict: 409,
  built_in_network: 409,
  image_in_use: 409,
  network_in_use: 409,
  port_in_use: 409,
  volume_in_use: 409,
  refused: 409,
  // A volume browse session that ended (idle, closed, Berth restarted): the browser opens another.
  browse_session_expired: 410,
  length_required: 411,
  too_large: 413,
  unsupported_media_type: 415,
  misdirected_request: 421,
  not_a_file: 422,
  // The Compose CLI refused a file (`compose config`): the message is the CLI's, with its line.
  compose_invalid: 422,
  start_failed: 422,
  helper_image_missing: 424,
  // No Compose CLI on Berth's machine: stacks are read-only until one is installed.
  compose_unavailable: 424,
  aborted: 499,
  // Berth's own failure: logged, never explained to the caller.
  internal: 500,
  // A remembered registry login that no longer decrypts (altered in the store, or another key): log in again.
  saved_login_unreadable: 500,
  // Something behind Berth failed: the engine, a registry, Docker Hub.
  engine_error: 502,
  hub_unreachable: 502,
  hub_search_failed: 502,
  login_unverified: 502,
  not_a_registry: 502,
  registry_address_refused: 502,
  recreate_failed: 502,
  compose_failed: 502,
  registry_error: 502,
  registry_unreachable: 502,
  engine_unreachable: 503,
  hub_timeout: 504,
  registry_timeout: 504,
  // Browser side only: no answer at all.
  network_error: 0,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldErrors = Record<string, string>;

// server.ts (run by tsx) and the route bundles load separate copies of this module in one process, so an error
// thrown by one copy must still be an ApiError to another: instanceof checks this brand, not the prototype.
const BRAND = Symbol.for("berth.api-error");

export class ApiError extends Error {
  readonly status: number;
  /** A code of ERROR_STATUS on the server; the browser keeps whatever code an answer carried. */
  readonly code: string;
  /** Per-field messages (`{ "ports.0.hostPort": "…" }`) so a form can show each next to its field. */
  readonly fields?: FieldErrors;
  readonly [BRAND] = true;

  constructor(code: ErrorCode, message: string, opts: { fields?: FieldErrors; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "ApiError";
    this.code = code;
    this.status = ERROR_STATUS[code];
    if (opts.fields && Object.keys(opts.fields).length) this.fields = opts.fields;
  }

  /** What the browser makes of an error answer: its status as sent, its code even if this list lacks it. */
  static fromAnswer(status: number, code: string, message: string, fields?: FieldErrors): ApiError {
    const err = new ApiError("internal", message, { fields });
    Object.defineProperty(err, "status", { value: status });
    Object.defineProperty(err, "code", { value: code });
    return err;
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as { [BRAND]?: boolean })[BRAND] === true;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

export function errorBody(code: string, message: string, fields?: FieldErrors) {
  return fields && Object.keys(fields).length ? { error: { code, message, fields } } : { error: { code, message } };
}

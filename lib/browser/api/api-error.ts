// One error type for every failed API call, so components can branch on `code`/`status`
// instead of parsing messages.
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

export function isNotFound(value: unknown): boolean {
  return isApiError(value) && value.status === 404;
}

export function isEngineUnreachable(value: unknown): boolean {
  return isApiError(value) && (value.code === "engine_unreachable" || value.status === 503);
}

/** A message fit for a toast, whatever was thrown. */
export function errorMessage(value: unknown): string {
  if (value instanceof Error && value.message) return value.message;
  return "Something went wrong";
}

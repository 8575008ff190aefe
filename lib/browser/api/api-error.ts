import { ApiError, isApiError } from "@/lib/shared/errors";

// The server's ApiError, rebuilt from an answer, is the one error type of every failed API call, so components
// branch on `code`, `status` and `fields` instead of parsing messages.
export { ApiError, isApiError };

interface ErrorAnswer {
  error?: { code?: unknown; message?: unknown; fields?: unknown };
}

/** The ApiError an error answer describes (`{ error: { code, message, fields } }`), whatever else came back. */
export function answerError(status: number, body: unknown): ApiError {
  const err = (body as ErrorAnswer | null | undefined)?.error;
  const code = typeof err?.code === "string" ? err.code : `http_${status}`;
  const message = typeof err?.message === "string" && err.message ? err.message : `Request failed with status ${status}`;
  const fields = err?.fields && typeof err.fields === "object" ? (err.fields as Record<string, string>) : undefined;
  return ApiError.fromAnswer(status, code, message, fields);
}

export const unreachable = () => new ApiError("network_error", "Cannot reach the Berth server");

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

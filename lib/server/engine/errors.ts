import "server-only";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";

// Engine failures mapped to what an HTTP client of Berth should see. docker-modem rejects with the engine's status
// code and JSON message; a connection failure carries a Node errno code instead. Anything else thrown inside the
// engine layer is Berth's own bug: it becomes a 500 that the route wrapper logs, never an "engine error".

const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ENOENT", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "EACCES"]);

interface ModemError {
  statusCode?: number;
  reason?: string;
  json?: { message?: string } | string | null;
  code?: string;
  name?: string;
  message?: string;
}

function engineMessage(err: ModemError): string {
  if (err.json && typeof err.json === "object" && err.json.message) return err.json.message;
  if (typeof err.json === "string" && err.json.trim()) return err.json.trim();
  return err.reason ?? err.message ?? "engine error";
}

export function isUnreachable(err: unknown): boolean {
  const code = (err as ModemError | undefined)?.code;
  return typeof code === "string" && UNREACHABLE_CODES.has(code);
}

function isAbort(err: ModemError): boolean {
  return err.name === "AbortError" || err.code === "ABORT_ERR";
}

/** The engine (or the connection to it) answered this, as opposed to a bug of Berth's. */
export function isEngineFailure(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const e = err as ModemError;
  return typeof e.statusCode === "number" || isUnreachable(e) || isAbort(e);
}

function capitalised(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * An ApiError for whatever a call into the engine threw: ApiErrors pass through, engine refusals keep the engine's
 * words with a status that says whose fault it was, and anything else is an internal error carrying its cause.
 */
export function toEngineError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (!isEngineFailure(err)) return new ApiError("internal", "Internal server error", { cause: err });
  const e = err as ModemError;
  if (isUnreachable(e)) return new ApiError("engine_unreachable", `Docker engine not reachable: ${e.message ?? e.code}`);
  if (isAbort(e)) return new ApiError("aborted", "The request was cancelled");
  const message = engineMessage(e);
  switch (e.statusCode) {
    case 304: // "container already started/stopped": the verb did not fit the state.
      return new ApiError("conflict", capitalised(message));
    case 400:
      return new ApiError("invalid_request", message);
    case 404:
      return new ApiError("not_found", message);
    case 409:
      return new ApiError("conflict", message);
    default:
      return new ApiError("engine_error", message);
  }
}

/** Runs one engine call and maps its failure (the one wrapper every engine file uses). */
export async function callEngine<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw toEngineError(err);
  }
}

/** True when `err` is the engine saying the object is not there. */
export function isNotFound(err: unknown): boolean {
  return toEngineError(err).status === 404;
}

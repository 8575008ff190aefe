import "server-only";
import { ApiError, type ErrorCode } from "@/lib/shared/errors";
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

// On a streamed call docker-modem keeps no json: the engine's words are only in its message, after this prefix.
const MODEM_PREFIX = /^\(HTTP code \d+\) [^-]*- /;

function rawEngineMessage(err: ModemError): string {
  if (err.json && typeof err.json === "object" && err.json.message) return err.json.message;
  if (typeof err.json === "string" && err.json.trim()) return err.json.trim();
  const streamed = err.message && MODEM_PREFIX.test(err.message) ? err.message.replace(MODEM_PREFIX, "").trim() : "";
  return streamed || err.reason || err.message || "engine error";
}

// Paths in the engine's own storage (its data root, a layer's merged view, an import's scratch folder) say
// nothing to the caller and tell a stranger how the host is laid out. Inside a layer's view the rest of the
// path is the container path the caller gave; anything else in storage is just "the engine's storage".
const LAYER_VIEW = /\/[^\s:"']*\/(?:overlay2?|aufs|btrfs|zfs|vfs|fuse-overlayfs)\/[0-9a-f]{12,}(?:-init)?\/(?:merged|diff|work|mnt)(\/[^\s:"']*)?/g;
const STORAGE_PATH = /\/[^\s:"']*(?:\/(?:overlay2?|aufs|btrfs|zfs|vfs|fuse-overlayfs|containerd|image|volumes|containers|tmp)\/(?:[0-9a-f]{12,}|docker-[\w.-]+)|\/docker-(?:import|build|export|tar|untar)[\w.-]*|\/var\/lib\/docker)[^\s:"']*/g;

/** An engine message without the engine's storage paths. */
export function scrubStoragePaths(message: string): string {
  return message
    .replace(LAYER_VIEW, (_all, inside: string | undefined) => inside || "/")
    .replace(STORAGE_PATH, "(engine storage)");
}

function engineMessage(err: ModemError): string {
  return scrubStoragePaths(rawEngineMessage(err));
}

// Refusals the engine answers with a 403 or even a 500 although the request was at fault: by its words, the code
// that says so and, where the engine's words alone would puzzle, what was wrong with the input.
const CALLER_FAULTS: { words: RegExp; code: ErrorCode; say?: (message: string) => string }[] = [
  { words: /is not connected to (?:the )?network/i, code: "conflict" },
  { words: /pool overlaps/i, code: "conflict", say: (m) => `The subnet overlaps one already in use on this engine (${m})` },
  { words: /error processing tar file|archive\/tar:|invalid tar header/i, code: "invalid_request", say: (m) => `Not a tar archive the engine can read (${m})` },
  { words: /invalid reference format/i, code: "invalid_request" },
  { words: /cannot unmarshal/i, code: "invalid_request" },
  { words: /^(?:l?stat|open|mkdir) .*: invalid argument$/i, code: "invalid_request" },
];

function callerFault(message: string): ApiError | undefined {
  const fault = CALLER_FAULTS.find((f) => f.words.test(message));
  return fault && new ApiError(fault.code, capitalised(fault.say ? fault.say(message) : message));
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
  // Node refuses to send a URL path with characters it cannot carry: always a name or id the caller gave.
  if ((err as ModemError | undefined)?.code === "ERR_UNESCAPED_CHARACTERS") {
    return new ApiError("invalid_request", "A name or id holds characters the engine's API cannot take (spaces, non-ASCII)");
  }
  if (!isEngineFailure(err)) return new ApiError("internal", "Internal server error", { cause: err });
  const e = err as ModemError;
  if (isUnreachable(e)) return new ApiError("engine_unreachable", `Docker engine not reachable: ${e.message ?? e.code}`);
  if (isAbort(e)) return new ApiError("aborted", "The request was cancelled");
  const message = engineMessage(e);
  const fault = callerFault(message);
  if (fault && (e.statusCode === 403 || (e.statusCode ?? 0) >= 500)) return fault;
  switch (e.statusCode) {
    case 304: // "container already started/stopped": the verb did not fit the state.
      return new ApiError("conflict", capitalised(message));
    case 400:
      return new ApiError("invalid_request", message);
    case 404:
      return new ApiError("not_found", message);
    case 403: // "bridge is a pre-defined network and cannot be removed", "pool overlaps": not allowed as things are.
    case 409:
      return new ApiError("conflict", message);
    case 413:
    case 431: // a request (or its URL) larger than the engine takes
      return new ApiError("too_large", capitalised(message));
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

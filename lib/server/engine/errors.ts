import "server-only";
// Engine failures mapped to what an HTTP client of Berth should see. dockerode rejects with the
// engine's status code and JSON message; connection failures carry a Node errno code instead.

export class EngineError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "EngineError";
  }
}

const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ENOENT", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "EACCES"]);

interface DockerodeError {
  statusCode?: number;
  reason?: string;
  json?: { message?: string } | string | null;
  code?: string;
  message?: string;
}

function engineMessage(err: DockerodeError): string {
  if (err.json && typeof err.json === "object" && err.json.message) return err.json.message;
  if (typeof err.json === "string" && err.json.trim()) return err.json.trim();
  return err.reason ?? err.message ?? "engine error";
}

export function isUnreachable(err: unknown): boolean {
  const code = (err as DockerodeError | undefined)?.code;
  return typeof code === "string" && UNREACHABLE_CODES.has(code);
}

export function toEngineError(err: unknown): EngineError {
  if (err instanceof EngineError) return err;
  const e = (err ?? {}) as DockerodeError;
  if (isUnreachable(e)) {
    return new EngineError(503, "engine_unreachable", `Docker engine not reachable: ${e.message ?? e.code}`);
  }
  const message = engineMessage(e);
  switch (e.statusCode) {
    case 304: // "container already started/stopped": the verb did not fit the state.
      return new EngineError(409, "conflict", message.charAt(0).toUpperCase() + message.slice(1));
    case 400:
      return new EngineError(400, "bad_request", message);
    case 404:
      return new EngineError(404, "not_found", message);
    case 409:
      return new EngineError(409, "conflict", message);
    default:
      return new EngineError(502, "engine_error", message);
  }
}

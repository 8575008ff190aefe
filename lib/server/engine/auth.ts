import "server-only";
import type { RegistryAuth } from "./pull";
import { toEngineError } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";

const REFUSED = /\b401\b|unauthorized|incorrect username or password|authentication required|denied/i;

/** The engine's words with the password blotted out, should a registry ever echo it back. */
function redact(message: string, secret: string): string {
  return secret ? message.split(secret).join("•••") : message;
}

/**
 * `docker login` without storing anything: the engine (POST /auth) tries the credentials against the
 * registry, so the check uses the engine's own view of the registry (insecure-registry rules, proxies).
 */
export async function verifyLogin(engine: Engine, auth: RegistryAuth, signal?: AbortSignal): Promise<void> {
  try {
    await engine.docker.checkAuth({ ...auth, abortSignal: signal });
  } catch (err) {
    const status = (err as { statusCode?: number }).statusCode;
    const engine = toEngineError(err);
    const message = redact(engine.message, auth.password);
    if (engine.code === "engine_unreachable") throw new ApiError(engine.code, message);
    // dockerd 20.10 answers a refused login with a 500 that carries the registry's 401 in words.
    if (status === 401 || status === 403 || REFUSED.test(message)) throw new ApiError("login_failed", `Login refused: ${message}`);
    throw new ApiError("login_unverified", `Login could not be checked: ${message}`);
  }
}

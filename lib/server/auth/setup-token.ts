import "server-only";
import { processWide } from "@/lib/server/process-state";
import { newSecret, sameSecret } from "./secrets";
import { userCount } from "./users";

// Team mode with no account yet: a one-time token, printed at start, that lets one browser create the first admin.
// In memory only, gone once used (or once any account exists, e.g. made from the command line).

const state = () => processWide("setup-token", () => ({ token: undefined as string | undefined }));

/** The token to print, made when there is no account; undefined once there is one. */
export function setupToken(): string | undefined {
  const s = state();
  if (userCount() > 0) s.token = undefined;
  else s.token ??= newSecret();
  return s.token;
}

export function isSetupToken(candidate: string): boolean {
  const token = setupToken();
  return token !== undefined && sameSecret(candidate, token);
}

export function consumeSetupToken(): void {
  state().token = undefined;
}

import "server-only";
import { readConfig } from "@/lib/server/config";
import type { Principal } from "@/lib/shared/auth/roles";
import { ApiError } from "@/lib/shared/errors";

// Accounts, their sessions and API tokens exist only in team mode; local mode has one key and no users.

export const TEAM_MODE_ONLY =
  "Accounts exist only in team mode: start Berth with BERTH_MODE=team and create the first admin with `npm run berth -- user add NAME --role admin`";

export function requireTeamMode(): void {
  if (readConfig().mode !== "team") throw new ApiError("conflict", TEAM_MODE_ONLY);
}

/** The caller's own account id (team mode, signed in as a user), else a refusal saying why there is none. */
export function ownAccount(principal: Principal | null): number {
  requireTeamMode();
  if (principal?.userId === undefined) throw new ApiError("unauthorized", "Sign in with an account first");
  return principal.userId;
}

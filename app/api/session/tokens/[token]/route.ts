import { apiRoute } from "@/lib/server/api/handler";
import { revokeUserToken } from "@/lib/server/auth/user-sessions";
import { ownAccount } from "@/lib/server/auth/team-only";
import { rowId } from "@/lib/shared/schemas/users";

/** Revokes one of the caller's own API tokens (another account's is "not found"). */
export const DELETE = apiRoute<{ token: string }>(async (_req, { params, principal }) => {
  const id = rowId.parse(params.token);
  revokeUserToken(ownAccount(principal), id);
  return { revoked: id };
});

import { apiRoute } from "@/lib/server/api/handler";
import { requireUser } from "@/lib/server/auth/user-admin";
import { revokeUserToken } from "@/lib/server/auth/user-sessions";
import { requireTeamMode } from "@/lib/server/auth/team-only";
import { rowId, userName } from "@/lib/shared/schemas/users";

/** Revokes one of the account's API tokens: the next request with it answers 401. */
export const DELETE = apiRoute<{ name: string; token: string }>(async (_req, { params }) => {
  requireTeamMode();
  const id = rowId.parse(params.token);
  revokeUserToken(requireUser(userName.parse(params.name)).id, id);
  return { revoked: id };
});

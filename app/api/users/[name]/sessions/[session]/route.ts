import { apiRoute } from "@/lib/server/api/handler";
import { requireUser } from "@/lib/server/auth/user-admin";
import { revokeUserSession } from "@/lib/server/auth/user-sessions";
import { requireTeamMode } from "@/lib/server/auth/team-only";
import { rowId, userName } from "@/lib/shared/schemas/users";

/** Ends one of the account's sessions: that browser's next request answers 401. */
export const DELETE = apiRoute<{ name: string; session: string }>(async (_req, { params }) => {
  requireTeamMode();
  const id = rowId.parse(params.session);
  revokeUserSession(requireUser(userName.parse(params.name)).id, id);
  return { revoked: id };
});

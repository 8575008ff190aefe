import { apiRoute } from "@/lib/server/api/handler";
import { requireUser } from "@/lib/server/auth/user-admin";
import { listUserTokens } from "@/lib/server/auth/user-sessions";
import { requireTeamMode } from "@/lib/server/auth/team-only";
import { userName } from "@/lib/shared/schemas/users";

/** The account's live API tokens: id, label and dates, never the token or its hash. */
export const GET = apiRoute<{ name: string }>(async (_req, { params }) => {
  requireTeamMode();
  return { tokens: listUserTokens(requireUser(userName.parse(params.name)).id) };
});

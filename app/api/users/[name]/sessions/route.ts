import { apiRoute } from "@/lib/server/api/handler";
import { requireUser } from "@/lib/server/auth/user-admin";
import { listUserSessions } from "@/lib/server/auth/user-sessions";
import { requireTeamMode } from "@/lib/server/auth/team-only";
import { userName } from "@/lib/shared/schemas/users";

/** The account's open browser sessions: id, address and dates, never the cookie. */
export const GET = apiRoute<{ name: string }>(async (_req, { params }) => {
  requireTeamMode();
  return { sessions: listUserSessions(requireUser(userName.parse(params.name)).id) };
});

import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { issueSetupToken } from "@/lib/server/auth/user-admin";
import { addUser, listUsers } from "@/lib/server/auth/users";
import { requireTeamMode } from "@/lib/server/auth/team-only";
import { addUserBody } from "@/lib/shared/schemas/users";

/** Team mode's accounts (admin only: the access table). No password hash or setup token is ever in the list. */
export const GET = apiRoute(async () => {
  requireTeamMode();
  return { users: listUsers() };
});

/**
 * Adds an account with a password, or without one and with a one-time setup link (answered once, kept hashed)
 * through which its owner chooses a password.
 */
export const POST = apiRoute(async (req) => {
  requireTeamMode();
  const input = addUserBody.parse(await readJsonBody(req));
  const user = await addUser(input.name, input.role, input.password);
  const setupPath = input.password === undefined ? `/login?invite=${issueSetupToken(user.name)}` : undefined;
  return Response.json({ user, setupPath }, { status: 201, headers: { "Cache-Control": "no-store" } });
});

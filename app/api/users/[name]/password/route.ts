import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { issueSetupToken, setPassword } from "@/lib/server/auth/user-admin";
import { requireTeamMode } from "@/lib/server/auth/team-only";
import { resetPasswordBody, userName } from "@/lib/shared/schemas/users";

/** Resets a password: to the one sent, or (none sent) to a one-time setup link answered once. Sessions end either way. */
export const POST = apiRoute<{ name: string }>(async (req, { params }) => {
  requireTeamMode();
  const name = userName.parse(params.name);
  const { password } = resetPasswordBody.parse(await readJsonBody(req));
  if (password !== undefined) return { user: await setPassword(name, password) };
  return { setupPath: `/login?invite=${issueSetupToken(name)}` };
});

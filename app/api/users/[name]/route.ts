import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { setDisabled, setRole } from "@/lib/server/auth/user-admin";
import { requireTeamMode } from "@/lib/server/auth/team-only";
import { updateUserBody, userName } from "@/lib/shared/schemas/users";

/** Changes an account's role and/or disables it (its sessions end) or enables it. Never the last enabled admin (409). */
export const PATCH = apiRoute<{ name: string }>(async (req, { params }) => {
  requireTeamMode();
  const name = userName.parse(params.name);
  const input = updateUserBody.parse(await readJsonBody(req));
  let user = input.role === undefined ? undefined : setRole(name, input.role);
  if (input.disabled !== undefined) user = setDisabled(name, input.disabled);
  return { user };
});

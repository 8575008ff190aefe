import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { createApiToken } from "@/lib/server/auth/api-tokens";
import { listUserTokens } from "@/lib/server/auth/user-sessions";
import { ownAccount } from "@/lib/server/auth/team-only";
import { createTokenBody } from "@/lib/shared/schemas/users";

/** The caller's own API tokens (any signed-in account). */
export const GET = apiRoute(async (_req, { principal }) => ({ tokens: listUserTokens(ownAccount(principal)) }));

/** A new API token for the caller, answered once: Berth keeps only its hash. It has the caller's role. */
export const POST = apiRoute(async (req, { principal }) => {
  const userId = ownAccount(principal);
  const { name } = createTokenBody.parse(await readJsonBody(req));
  const { id, token } = createApiToken(userId, name);
  return Response.json({ id, name, token }, { status: 201, headers: { "Cache-Control": "no-store" } });
});

import { apiRoute } from "@/lib/server/api/handler";
import { readConfig } from "@/lib/server/config";
import { ApiError } from "@/lib/shared/errors";
import type { SessionInfo } from "@/lib/shared/schemas/users";

/** Who the caller is: the browser hides what its role may not do (the server refuses it either way). */
export const GET = apiRoute(async (_req, { principal }) => {
  if (!principal) throw new ApiError("unauthorized", "Not signed in");
  const info: SessionInfo = { mode: readConfig().mode, name: principal.name, role: principal.role, account: principal.userId !== undefined };
  return { session: info };
});

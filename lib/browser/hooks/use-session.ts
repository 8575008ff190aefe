import useSWR from "swr";
import type { ApiError } from "@/lib/browser/api/api-error";
import { routeAccess } from "@/lib/shared/auth/access-table";
import { allows, type Access } from "@/lib/shared/auth/roles";
import type { SessionInfo } from "@/lib/shared/schemas/users";

export const SESSION_KEY = "/api/session";

/**
 * Who this browser is signed in as, read once and kept (a role changes only by an admin, and then the server's
 * refusals say so). `can(need)` hides what the role may not do — a courtesy: the server refuses it regardless.
 * `may(method, path)` asks the server's own access table about one API request. Until the answer arrives both say
 * no, so no button flashes up and vanishes.
 */
export function useSession() {
  const { data, error } = useSWR<{ session: SessionInfo }, ApiError>(SESSION_KEY, { revalidateOnFocus: false, revalidateIfStale: false });
  const session = data?.session;
  const can = (need: Access) => session !== undefined && allows(session.role, need);
  const may = (method: string, path: string) => {
    const entry = routeAccess(method, path);
    return entry !== undefined && can(entry.access);
  };
  return { session, error, can, may };
}

import useSWR from "swr";
import type { ApiError } from "@/lib/browser/api/api-error";
import { allows, type Access } from "@/lib/shared/auth/roles";
import type { SessionInfo } from "@/lib/shared/schemas/users";

export const SESSION_KEY = "/api/session";

/**
 * Who this browser is signed in as, read once and kept (a role changes only by an admin, and then the server's
 * refusals say so). `can(need)` hides what the role may not do — a courtesy: the server refuses it regardless.
 * Until the answer arrives `can` says no, so no button flashes up and vanishes.
 */
export function useSession() {
  const { data, error } = useSWR<{ session: SessionInfo }, ApiError>(SESSION_KEY, { revalidateOnFocus: false, revalidateIfStale: false });
  const session = data?.session;
  return { session, error, can: (need: Access) => session !== undefined && allows(session.role, need) };
}

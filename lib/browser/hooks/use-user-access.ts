import useSWR from "swr";
import type { ApiError } from "@/lib/browser/api/api-error";
import type { SessionView, TokenView } from "@/lib/shared/schemas/users";

/** One account's open sessions and live API tokens, read together when an admin opens its row. */
export function useUserAccess(name: string | undefined) {
  const base = name ? `/api/users/${encodeURIComponent(name)}` : null;
  const sessions = useSWR<{ sessions: SessionView[] }, ApiError>(base && `${base}/sessions`);
  const tokens = useSWR<{ tokens: TokenView[] }, ApiError>(base && `${base}/tokens`);
  return {
    sessions: sessions.data?.sessions,
    tokens: tokens.data?.tokens,
    error: sessions.error ?? tokens.error,
    refresh: () => Promise.all([sessions.mutate(), tokens.mutate()]),
  };
}

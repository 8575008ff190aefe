import useSWR from "swr";
import type { ApiError } from "@/lib/browser/api/api-error";
import type { TokenView } from "@/lib/shared/schemas/users";

/** The signed-in account's own API tokens (team mode). */
export function useOwnTokens(enabled: boolean) {
  const { data, error, mutate } = useSWR<{ tokens: TokenView[] }, ApiError>(enabled ? "/api/session/tokens" : null);
  return { tokens: data?.tokens, error, mutate };
}

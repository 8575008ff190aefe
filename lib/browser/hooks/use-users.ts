import useSWR from "swr";
import type { ApiError } from "@/lib/browser/api/api-error";
import type { UserView } from "@/lib/shared/schemas/users";

export const USERS_KEY = "/api/users";

/** Team mode's accounts (admins only). */
export function useUsers(enabled: boolean) {
  const { data, error, mutate } = useSWR<{ users: UserView[] }, ApiError>(enabled ? USERS_KEY : null);
  return { users: data?.users, error, mutate };
}

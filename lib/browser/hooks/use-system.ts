import useSWR from "swr";
import type { SystemOverview } from "@/lib/shared/types/system";
import type { ApiError } from "@/lib/browser/api/api-error";
import { SYSTEM_KEY } from "@/lib/browser/paths/cleanup";

/** `docker info`, `docker version` and `docker system df`; revalidated by engine events. */
export function useSystem() {
  const { data, error, isLoading } = useSWR<SystemOverview, ApiError>(SYSTEM_KEY);
  return { system: data, error, isLoading };
}

import useSWR from "swr";
import type { SystemOverview } from "@/lib/shared/types/system";
import type { ApiError } from "@/lib/browser/api/api-error";
import { SYSTEM_KEY } from "@/lib/browser/paths/cleanup";

/** `docker info` and `docker version`; revalidated by engine events. (The disk table is use-disk-summary.ts.) */
export function useSystem() {
  const { data, error, isLoading } = useSWR<SystemOverview, ApiError>(SYSTEM_KEY);
  return { system: data, error, isLoading };
}

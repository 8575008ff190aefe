import useSWR from "swr";
import type { SystemOverview } from "@/lib/docker/system-types";
import type { ApiError } from "@/lib/client/api-error";
import { SYSTEM_KEY } from "@/lib/cleanup/paths";

/** `docker info`, `docker version` and `docker system df`; revalidated by engine events. */
export function useSystem() {
  const { data, error, isLoading } = useSWR<SystemOverview, ApiError>(SYSTEM_KEY);
  return { system: data, error, isLoading };
}

import useSWR from "swr";
import type { EngineHealth } from "@/lib/docker/types";
import { HEALTH_KEY } from "@/lib/client/api-paths";
import type { ApiError } from "@/lib/client/api-error";

/** Fetched once, then replaced by every `engine:health` the live socket pushes. */
export function useEngineHealth() {
  const { data, error, isLoading } = useSWR<EngineHealth, ApiError>(HEALTH_KEY);
  return { health: data, error, isLoading };
}

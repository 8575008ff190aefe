import useSWR from "swr";
import type { EngineHealth } from "@/lib/shared/types/engine";
import { HEALTH_KEY } from "@/lib/browser/paths/containers";
import type { ApiError } from "@/lib/browser/api/api-error";

/** Fetched once, then replaced by every `engine:health` the live socket pushes. */
export function useEngineHealth() {
  const { data, error, isLoading } = useSWR<EngineHealth, ApiError>(HEALTH_KEY);
  return { health: data, error, isLoading };
}

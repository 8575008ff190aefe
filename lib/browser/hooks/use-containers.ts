import { useMemo } from "react";
import useSWR, { preload } from "swr";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import { CONTAINERS_KEY } from "@/lib/browser/paths/containers";
import type { ApiError } from "@/lib/browser/api/api-error";
import { fetchJson } from "@/lib/browser/api/fetch-json";
import { sortContainers } from "@/lib/browser/containers/container-order";

export interface ContainersResponse {
  containers: ContainerSummary[];
  /** The server store's revision of these rows; patches move it (components/live/live-sync.tsx). */
  revision?: string;
}

/** All containers (running first, then by name), kept fresh by pushed engine events. */
export function useContainers() {
  const { data, error, isLoading, mutate } = useSWR<ContainersResponse, ApiError>(CONTAINERS_KEY);
  const containers = useMemo(() => (data ? sortContainers(data.containers) : undefined), [data]);
  return { containers, error, isLoading, mutate };
}

/**
 * Starts the list's request when the containers screen's code loads, before React has hydrated the page (SWR's
 * preload; the hook takes the request over): at 5,000 containers the list is ~2 MB, which then downloads while the
 * page hydrates instead of after.
 */
export function preloadContainers(): void {
  if (typeof window === "undefined") return;
  preload(CONTAINERS_KEY, (url: string) => fetchJson<ContainersResponse>(url)).catch(() => undefined); // the hook reports it
}

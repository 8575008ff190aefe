import useSWR from "swr";
import type { ProcessList } from "@/lib/shared/types/stats";
import { containerPath } from "@/lib/browser/paths/containers";
import type { ApiError } from "@/lib/browser/api/api-error";

/**
 * `docker top` for one container. The key lives under /api/containers, so the live sync refetches it
 * on container events (start, stop, exec…); `mutate` is the Refresh button.
 */
export function useContainerTop(idOrName: string | null | undefined, psArgs: string) {
  const query = psArgs.trim() ? `?ps_args=${encodeURIComponent(psArgs.trim())}` : "";
  const { data, error, isLoading, isValidating, mutate } = useSWR<ProcessList, ApiError>(
    idOrName ? `${containerPath(idOrName)}/top${query}` : null,
    { keepPreviousData: true },
  );
  return { top: data, error, isLoading, isValidating, mutate };
}

import useSWR from "swr";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { containerPath } from "@/lib/browser/paths/containers";
import type { ApiError } from "@/lib/browser/api/api-error";

export interface ContainerResponse {
  container: ContainerDetail;
}

/** One container's inspect data; no request while `idOrName` is empty. */
export function useContainer(idOrName: string | null | undefined) {
  const { data, error, isLoading, mutate } = useSWR<ContainerResponse, ApiError>(
    idOrName ? containerPath(idOrName) : null,
  );
  return { container: data?.container, error, isLoading, mutate };
}

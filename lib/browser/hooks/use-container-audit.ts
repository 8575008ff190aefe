import useSWR from "swr";
import type { ApiError } from "@/lib/browser/api/api-error";
import { containerPath } from "@/lib/browser/paths/containers";
import type { ContainerAudit } from "@/lib/shared/audit/types";

/** One container's findings; under /api/containers/<ref>, so its own engine events revalidate it. */
export function useContainerAudit(ref: string | null | undefined) {
  const { data, error, isLoading, mutate } = useSWR<{ audit: ContainerAudit }, ApiError>(ref ? `${containerPath(ref)}/audit` : null);
  return { audit: data?.audit, error, isLoading, mutate };
}

import useSWR from "swr";
import type { ApiError } from "@/lib/browser/api/api-error";
import { SECURITY_KEY, type SecurityReport } from "@/lib/shared/audit/types";

/** The audit of every container; revalidated by the container events that can change it. */
export function useSecurity() {
  const { data, error, isLoading, mutate } = useSWR<SecurityReport, ApiError>(SECURITY_KEY);
  return { report: data, error, isLoading, mutate };
}

import useSWR from "swr";
import type { ApiError } from "@/lib/browser/api/api-error";
import { SECURITY_SUMMARY_KEY, type SecuritySummary } from "@/lib/shared/audit/types";

/** Each container's finding count and worst severity, for the list's badges; revalidated like the report. */
export function useSecuritySummary() {
  const { data, error } = useSWR<SecuritySummary, ApiError>(SECURITY_SUMMARY_KEY);
  return { summary: data, error };
}

"use client";

import { useEffect, useState } from "react";
import type { DiskSummary } from "@/lib/shared/types/system";
import { subscribeDiskSummary } from "@/lib/browser/live/disk-summary-subscription";

/**
 * The engine's disk summary (reclaimable space, `system df` lines), pushed by the server over socket.io: one figure
 * for every tab, re-measured on the server when an engine event can change it. Undefined until the first arrives.
 */
export function useDiskSummary(): DiskSummary | undefined {
  const [summary, setSummary] = useState<DiskSummary | undefined>();
  useEffect(() => subscribeDiskSummary(setSummary), []);
  return summary;
}

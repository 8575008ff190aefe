import { useSyncExternalStore } from "react";
import { cleanupRun, subscribeCleanupRun, type CleanupRun } from "@/lib/browser/cleanup/cleanup-run";

const IDLE: CleanupRun = { busy: false };

/** The tab's cleanup run (busy, last result or failure), which outlives the cleanup screen. */
export function useCleanupRun(): CleanupRun {
  return useSyncExternalStore(subscribeCleanupRun, cleanupRun, () => IDLE);
}

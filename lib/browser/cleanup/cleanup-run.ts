import type { CleanupRequestInput } from "@/lib/shared/schemas/cleanup";
import type { CleanupResult } from "@/lib/shared/cleanup/types";
import { errorMessage } from "@/lib/browser/api/api-error";
import { postJson } from "@/lib/browser/api/fetch-json";

/**
 * The tab's cleanup run, kept outside the cleanup screen: POST /api/cleanup is one request, not a server task, and
 * the user may leave the screen while it removes. The request goes on, its result waits here for the screen's
 * return, and the toasts say what it reclaimed (components/layout/toasts.tsx).
 */
export interface CleanupRun {
  busy: boolean;
  result?: CleanupResult;
  failure?: string;
}

type Finished = (outcome: { result?: CleanupResult; failure?: string }) => void;

let run: CleanupRun = { busy: false };
const changed = new Set<() => void>();
const finished = new Set<Finished>();

function set(next: CleanupRun) {
  run = next;
  for (const listener of changed) listener();
}

export function cleanupRun(): CleanupRun {
  return run;
}

export function subscribeCleanupRun(listener: () => void): () => void {
  changed.add(listener);
  return () => changed.delete(listener);
}

/** Called once per run that ends, with what it removed or why it failed. Returns the unsubscribe. */
export function onCleanupFinished(listener: Finished): () => void {
  finished.add(listener);
  return () => finished.delete(listener);
}

export async function startCleanup(body: CleanupRequestInput): Promise<void> {
  if (run.busy) return;
  set({ busy: true });
  let outcome: { result?: CleanupResult; failure?: string };
  try {
    outcome = { result: await postJson<CleanupResult>("/api/cleanup", body) };
  } catch (err) {
    outcome = { failure: errorMessage(err) };
  }
  set({ busy: false, ...outcome });
  for (const listener of finished) listener(outcome);
}

/** The result panel's dismiss. */
export function clearCleanupResult(): void {
  set({ busy: run.busy });
}

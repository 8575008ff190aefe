"use client";

import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { useCleanup } from "@/lib/browser/hooks/use-cleanup";
import { errorMessage } from "@/lib/browser/api/api-error";
import { useCleanupRun } from "@/lib/browser/hooks/use-cleanup-run";
import { clearCleanupResult, startCleanup } from "@/lib/browser/cleanup/cleanup-run";
import { formatBytes } from "@/lib/shared/format-bytes";
import { allRowKeys, KINDS, previewRows, requestFor, totalSize, type PreviewRow } from "@/lib/shared/cleanup/preview-rows";
import { mergeTicks, NO_TICKS, setTicked, type Ticks } from "@/lib/shared/cleanup/ticks";
import type { CleanupKind, CleanupPreview } from "@/lib/shared/cleanup/types";
import type { olderThanHoursText } from "@/lib/shared/schemas/cleanup";
import { buttonClass, Checkbox, inputClass } from "@/components/ui/form-controls";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { WarningIcon } from "@/components/ui/icons";
import { CleanupSection, type SectionCopy } from "./cleanup-section";
import { CleanupResultPanel } from "./cleanup-result";
import { ConfirmKindDialog } from "./confirm-kind-dialog";
import { ProtectedList } from "./protected-list";
import { Screen, ScreenTitle } from "@/components/ui/screen";

function sectionCopy(kind: CleanupKind, preview: CleanupPreview): SectionCopy {
  switch (kind) {
    case "containers":
      return { title: "Exited containers", removeAll: "Remove all exited containers" };
    case "images":
      return preview.options.unusedImages
        ? { title: "Unused images", removeAll: "Remove all unused images" }
        : { title: "Dangling images", removeAll: "Remove all dangling images" };
    case "volumes":
      return { title: "Dangling volumes", removeAll: "Remove all dangling volumes" };
    case "networks":
      return { title: "Unused networks", removeAll: "Remove all unused networks" };
    case "buildCache":
      return { title: "Build cache", removeAll: "Remove all build cache", note: preview.buildCache.note };
  }
}

/** Typing "24" must not ask the engine for "2" first. */
function useSettled<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Safe cleanup: a live preview of what the rules offer, ticked rows removed by id with a re-check each, and a
 * report of what went, what stayed and why. Things only an exited container still uses show up once it is gone.
 */
export function CleanupScreen() {
  const [unusedImages, setUnusedImages] = useState(false);
  const [hoursText, setHoursText] = useState("");
  // The hours field's schema (and zod with it) loads after the page; until then the field counts as empty, as it is.
  const [hoursSchema, setHoursSchema] = useState<typeof olderThanHoursText>();
  useEffect(() => {
    void import("@/lib/shared/schemas/cleanup").then((m) => setHoursSchema(() => m.olderThanHoursText));
  }, []);
  const hours = hoursSchema?.safeParse(hoursText) ?? ({ success: true, data: undefined } as const);
  const olderThanHours = useSettled(hours.success ? hours.data : undefined);
  const { preview, error, mutate } = useCleanup({ unusedImages, olderThanHours });

  const [ticks, setTicks] = useState<Ticks>(NO_TICKS);
  const tickedFor = useRef<string>(undefined);
  useEffect(() => {
    if (!preview) return;
    // A preview the user asked for (first load, other options) comes in ticked; a live update never ticks.
    const options = JSON.stringify(preview.options);
    const asked = tickedFor.current !== options;
    tickedFor.current = options;
    setTicks((prev) => mergeTicks(prev, allRowKeys(preview), asked));
  }, [preview]);

  const rows = useMemo(() => (preview ? previewRows(preview) : undefined), [preview]);
  const ticked = rows ? KINDS.flatMap((k) => rows[k]).filter((r) => ticks.ticked.has(r.key)) : [];

  // The run outlives this screen: leave while it removes, and its result is here on return (and in a toast).
  const { busy, result, failure } = useCleanupRun();
  const [confirming, setConfirming] = useState<{ title: string; rows: PreviewRow[] }>();

  const remove = async (chosen: PreviewRow[]) => {
    setConfirming(undefined);
    await startCleanup(requestFor(chosen, preview?.options.unusedImages ?? false));
    // The engine's events refresh the preview too; this makes sure, without holding the button.
    void mutate();
  };

  return (
    <Screen>
      <header className="flex flex-wrap items-center gap-3">
        <ScreenTitle>Clean up</ScreenTitle>
        {preview && (
          <span className="text-[13px] text-ink-muted">
            {formatBytes(preview.reclaimableBytes)} reclaimable · <Link href="/system" className="text-brand-dark hover:underline">disk usage</Link>
          </span>
        )}
        <button
          type="button"
          className={`${buttonClass("danger")} ml-auto`}
          disabled={busy || ticked.length === 0}
          onClick={() => void remove(ticked)}
        >
          {busy
            ? "Removing…"
            : ticked.length === 0
              ? "Nothing ticked"
              : `Remove ${ticked.length} ${ticked.length === 1 ? "item" : "items"} (${formatBytes(totalSize(ticked))})`}
        </button>
      </header>
      <p className="mt-1 text-[12px] text-ink-muted">
        Exactly the ticked rows are removed, by id, in the order containers, images, volumes, networks, build cache. Each is checked again
        just before it goes: anything that came into use meanwhile is kept and reported. Images, volumes and networks that only an exited
        container uses appear here once that container is gone.
      </p>

      <div className="mt-3 flex flex-wrap items-start gap-6 rounded border border-line bg-surface px-3 py-2.5">
        <Checkbox
          label="Include unused images"
          hint="Tagged images no container uses, not only dangling ones"
          checked={unusedImages}
          onChange={setUnusedImages}
        />
        <div className="flex items-start gap-2 text-[13px]">
          <label htmlFor="cleanup-older-than" className="mt-1.5 text-ink">
            Only older than
          </label>
          <div>
            <input
              id="cleanup-older-than"
              inputMode="decimal"
              placeholder="any age"
              value={hoursText}
              onChange={(e) => setHoursText(e.target.value)}
              aria-invalid={hours.success ? undefined : true}
              aria-describedby={hours.success ? undefined : "cleanup-older-than-error"}
              className={`${inputClass} w-24`}
            />
            {!hours.success && (
              <p id="cleanup-older-than-error" className="mt-1 text-[12px] text-danger-ink">
                {hours.error.issues[0]?.message}
              </p>
            )}
          </div>
          <span className="mt-1.5 text-ink-muted">hours</span>
        </div>
      </div>

      {failure && (
        <p role="alert" className="mt-3 rounded border border-danger/40 bg-danger/5 px-3 py-2 text-[13px] text-danger-ink">
          {failure}
        </p>
      )}
      {result && (
        <div className="mt-3">
          <CleanupResultPanel result={result} onDismiss={clearCleanupResult} />
        </div>
      )}

      <div className="mt-4 space-y-3">
        {error && !preview ? (
          <EmptyState title="Could not load the cleanup preview" icon={<WarningIcon className="size-10 text-danger" />}>
            {errorMessage(error)}
          </EmptyState>
        ) : !preview || !rows ? (
          <div className="space-y-2 rounded border border-line bg-surface p-4">
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-2/3" />
          </div>
        ) : (
          <>
            {KINDS.map((kind) => {
              const copy = sectionCopy(kind, preview);
              return (
                <CleanupSection
                  key={kind}
                  copy={copy}
                  rows={rows[kind]}
                  ticked={ticks.ticked}
                  busy={busy}
                  onTick={(keys, on) => setTicks((prev) => setTicked(prev, keys, on))}
                  onRemoveAll={() => setConfirming({ title: copy.removeAll, rows: rows[kind] })}
                />
              );
            })}
            <ProtectedList rows={preview.protected} />
          </>
        )}
      </div>
      {confirming && (
        <ConfirmKindDialog title={confirming.title} rows={confirming.rows} onClose={() => setConfirming(undefined)} onConfirm={() => void remove(confirming.rows)} />
      )}
    </Screen>
  );
}

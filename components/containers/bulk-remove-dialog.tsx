"use client";

import { useEffect, useState } from "react";
import type { RemovalPreviewRow } from "@/lib/shared/types/engine";
import { removeNeedsForce } from "@/lib/shared/containers/verbs";
import type { ContainerState } from "@/lib/shared/types/engine";
import { errorMessage } from "@/lib/browser/api/api-error";
import { previewBulkRemoval, type RemoveOptions } from "@/lib/browser/api/container-actions";
import { ConfirmRemoveDialog } from "@/components/ui/confirm-remove-dialog";

/** "Remove N containers?" listing exactly what goes: each container and, with the box ticked, its anonymous volumes. */
export function BulkRemoveDialog({ ids, onConfirm, onClose }: { ids: string[]; onConfirm: (opts: RemoveOptions) => Promise<void>; onClose: () => void }) {
  const [rows, setRows] = useState<RemovalPreviewRow[] | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [force, setForce] = useState(false);
  const [volumes, setVolumes] = useState(false);
  useEffect(() => {
    previewBulkRemoval(ids).then(setRows, (err: unknown) => setPreviewError(errorMessage(err)));
    // The ids of the moment the dialog opened: what the user confirms is what they saw.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const running = rows?.filter((r) => removeNeedsForce(r.state as ContainerState)).length ?? 0;
  const anonymous = rows?.flatMap((r) => r.anonymousVolumes) ?? [];
  return (
    <ConfirmRemoveDialog
      what="containers"
      name=""
      title={`Remove ${ids.length} container${ids.length === 1 ? "" : "s"}?`}
      detail="Each container and its writable layer go; images and named volumes are kept. This cannot be undone."
      onConfirm={() => onConfirm({ force, volumes })}
      onClose={onClose}
    >
      {previewError && <p className="mt-2 text-[13px] text-danger-ink">{previewError}</p>}
      {!rows && !previewError && <p className="mt-2 text-[13px] text-ink-muted">Reading what would go…</p>}
      {rows && (
        <ul aria-label="What goes" className="mt-3 max-h-48 space-y-1 overflow-y-auto rounded border border-line bg-pane p-2 text-[12px]">
          {rows.map((r) => (
            <li key={r.id}>
              <span className="font-mono text-ink">{r.name}</span> <span className="text-ink-muted">({r.state})</span>
              {volumes &&
                r.anonymousVolumes.map((v) => (
                  <span key={v} className="block pl-3 font-mono text-ink-muted" title={v}>
                    + anonymous volume {v.slice(0, 12)}
                  </span>
                ))}
              {r.namedVolumes.length > 0 && <span className="block pl-3 text-ink-muted">keeps named volume{r.namedVolumes.length > 1 ? "s" : ""} {r.namedVolumes.join(", ")}</span>}
            </li>
          ))}
        </ul>
      )}
      <label className="mt-3 flex items-center gap-2 text-[13px] text-ink">
        <input type="checkbox" checked={volumes} onChange={(e) => setVolumes(e.target.checked)} className="size-4 accent-brand" />
        Also remove their anonymous volumes ({anonymous.length})
      </label>
      <label className="mt-1.5 flex items-center gap-2 text-[13px] text-ink">
        <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} className="size-4 accent-brand" />
        Force (kill running ones first){running > 0 && !force ? ` — ${running} running, refused without it` : ""}
      </label>
    </ConfirmRemoveDialog>
  );
}

"use client";

import { useId, useRef } from "react";
import { Modal } from "@/components/ui/modal";
import { buttonClass } from "@/components/ui/form-controls";
import { formatBytes } from "@/lib/shared/format-bytes";
import { totalSize, type PreviewRow } from "@/lib/shared/cleanup/preview-rows";

/** A per-kind button's confirmation: exactly the rows it will remove, by name, with sizes. */
export function ConfirmKindDialog({ title, rows, onConfirm, onClose }: { title: string; rows: PreviewRow[]; onConfirm: () => void; onClose: () => void }) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-desc`} onClose={onClose} initialFocus={cancelRef}>
      <h2 id={`${id}-title`} className="text-[15px] font-semibold text-ink">
        {title}?
      </h2>
      <p id={`${id}-desc`} className="mt-2 text-[13px] text-ink-muted">
        {rows.length} {rows.length === 1 ? "item" : "items"}, {formatBytes(totalSize(rows))}. Each is checked again just before it goes; anything
        that came into use meanwhile is kept and reported.
      </p>
      <ul className="mt-3 max-h-60 overflow-auto rounded border border-line text-[13px]" aria-label="Will be removed">
        {rows.map((r) => (
          <li key={r.key} className="flex gap-3 border-b border-line px-2.5 py-1.5 last:border-0">
            <span className="min-w-0 flex-1 truncate font-mono" title={r.name}>
              {r.name}
            </span>
            <span className="shrink-0 tabular-nums text-ink-muted">{formatBytes(r.size)}</span>
          </li>
        ))}
      </ul>
      <div className="mt-5 flex justify-end gap-2">
        <button ref={cancelRef} type="button" className={buttonClass("secondary")} onClick={onClose}>
          Cancel
        </button>
        <button type="button" className={buttonClass("danger")} onClick={onConfirm}>
          Remove {rows.length}
        </button>
      </div>
    </Modal>
  );
}

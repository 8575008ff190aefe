"use client";

import type { ConfigDiffRow } from "@/lib/shared/types/container-config";
import { Modal } from "@/components/ui/modal";
import { WarningIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/spinner";
import { buttonClass } from "@/components/ui/form-controls";

function Value({ v }: { v: string | null }) {
  return v === null ? <span className="text-ink-faint">—</span> : <span className="break-all font-mono">{v}</span>;
}

/** The diff of old vs new configuration, and the warning, before anything is recreated. */
export function RecreateDialog({
  name,
  diff,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  name: string;
  diff: ConfigDiffRow[];
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Modal labelledBy="recreate-title" describedBy="recreate-warning" onClose={onClose} preventClose={busy} className="w-[min(44rem,calc(100vw-2rem))]">
      <h2 id="recreate-title" className="text-[15px] font-semibold text-ink">
        Recreate {name}?
      </h2>
      <p id="recreate-warning" className="mt-2 flex items-start gap-2 rounded border border-warning bg-warning-tint px-3 py-2 text-[12px] text-warning-ink">
        <WarningIcon className="mt-0.5 size-4 shrink-0" />
        <span>
          The engine cannot change these settings in place: Berth creates a new container and removes this one. Files written inside the container
          outside its volumes and bind mounts (its writable layer) are lost, and its id changes. Command, entrypoint, mounts, networks, labels and
          restart policy are kept unless changed below.
        </span>
      </p>
      <table className="mt-3 w-full table-fixed border-collapse text-[12px]" aria-label="Changes">
        <thead>
          <tr className="border-b border-line text-left text-[11px] uppercase tracking-wide text-ink-muted">
            <th className="w-[28%] py-1 pr-2 font-semibold">Setting</th>
            <th className="py-1 pr-2 font-semibold">Before</th>
            <th className="py-1 font-semibold">After</th>
          </tr>
        </thead>
        <tbody>
          {diff.map((row) => (
            <tr key={row.path} className="border-b border-line align-top">
              <td className="break-all py-1 pr-2 font-mono text-ink">{row.path}</td>
              <td className="py-1 pr-2 text-danger-ink">
                <Value v={row.before} />
              </td>
              <td className="py-1 text-ink">
                <Value v={row.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && (
        <p role="alert" className="mt-3 text-[13px] text-danger-ink">
          {error}
        </p>
      )}
      <div className="mt-4 flex justify-end gap-2">
        <button type="button" onClick={onClose} disabled={busy} className={buttonClass("secondary")}>
          Cancel
        </button>
        <button type="button" onClick={onConfirm} disabled={busy} className={buttonClass("danger")}>
          {busy ? <Spinner className="size-4" /> : "Recreate container"}
        </button>
      </div>
    </Modal>
  );
}

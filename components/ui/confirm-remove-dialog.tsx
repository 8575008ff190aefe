"use client";

import { DialogActions, DialogError } from "./dialog-parts";
import { useId, useRef, type ReactNode } from "react";
import { useAction } from "@/lib/browser/hooks/use-action";
import { Modal } from "./modal";

/**
 * "Remove X?" with the engine's refusal shown in place (e.g. who still uses it), so the user sees why
 * nothing happened without a second trip. Shared by the volume and network screens.
 */
export function ConfirmRemoveDialog({
  what,
  name,
  detail,
  title,
  children,
  onConfirm,
  onClose,
}: {
  what: string;
  name: string;
  detail?: string;
  /** Instead of "Remove {what} {name}?" (a bulk remove's "Remove 3 containers?"). */
  title?: string;
  /** What exactly goes, and options, under the description. */
  children?: ReactNode;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const { busy, error, run } = useAction({ keepBusy: true });

  const confirm = async () => {
    if (await run(onConfirm)) onClose();
  };

  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-desc`} onClose={onClose} preventClose={busy} initialFocus={cancelRef}>
      <h2 id={`${id}-title`} className="text-[15px] font-semibold text-ink">
        {title ?? `Remove ${what} ${name}?`}
      </h2>
      <p id={`${id}-desc`} className="mt-2 text-[13px] text-ink-muted">
        {detail ?? "This cannot be undone."}
      </p>
      {children}
      <DialogError message={error} />
      <DialogActions label="Remove" busyLabel="Removing…" tone="danger" busy={busy} onCancel={onClose} onAction={confirm} cancelRef={cancelRef} />
    </Modal>
  );
}

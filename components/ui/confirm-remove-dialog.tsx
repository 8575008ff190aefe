"use client";

import { DialogActions, DialogError } from "./dialog-parts";
import { useId, useRef, useState } from "react";
import { Modal } from "./modal";
import { errorMessage } from "@/lib/browser/api/api-error";

/**
 * "Remove X?" with the engine's refusal shown in place (e.g. who still uses it), so the user sees why
 * nothing happened without a second trip. Shared by the volume and network screens.
 */
export function ConfirmRemoveDialog({
  what,
  name,
  detail,
  onConfirm,
  onClose,
}: {
  what: string;
  name: string;
  detail?: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-desc`} onClose={onClose} preventClose={busy} initialFocus={cancelRef}>
      <h2 id={`${id}-title`} className="text-[15px] font-semibold text-ink">
        Remove {what} {name}?
      </h2>
      <p id={`${id}-desc`} className="mt-2 text-[13px] text-ink-muted">
        {detail ?? "This cannot be undone."}
      </p>
      <DialogError message={error} />
      <DialogActions label="Remove" busyLabel="Removing…" tone="danger" busy={busy} onCancel={onClose} onAction={confirm} cancelRef={cancelRef} />
    </Modal>
  );
}

"use client";

import { useId, useRef, useState } from "react";
import { Modal } from "@/components/ui/modal";
import { buttonClass } from "@/components/new-container/form-controls";
import { errorMessage } from "@/lib/client/api-error";

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
      {error && (
        <p role="alert" className="mt-3 rounded border border-danger/40 bg-danger/5 px-2.5 py-2 text-[13px] text-danger-ink">
          {error}
        </p>
      )}
      <div className="mt-5 flex justify-end gap-2">
        <button ref={cancelRef} type="button" className={buttonClass("secondary")} onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className={buttonClass("danger")} onClick={confirm} disabled={busy}>
          {busy ? "Removing…" : "Remove"}
        </button>
      </div>
    </Modal>
  );
}

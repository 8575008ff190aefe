"use client";

import { DialogActions, DialogError } from "@/components/ui/dialog-parts";
import { useId, useRef, useState, type FormEvent } from "react";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import { removeNeedsForce } from "@/lib/shared/containers/verbs";
import type { RemoveOptions } from "@/lib/browser/api/container-actions";
import { shortId } from "@/lib/browser/containers/short-id";
import { Modal } from "@/components/ui/modal";

export function RemoveDialog({
  container,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  container: ContainerSummary;
  busy: boolean;
  error: string | null;
  onConfirm: (options: RemoveOptions) => void;
  onClose: () => void;
}) {
  const needsForce = removeNeedsForce(container.state);
  const [force, setForce] = useState(needsForce);
  const [volumes, setVolumes] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!busy) onConfirm({ force, volumes });
  }

  return (
    <Modal labelledBy={titleId} describedBy={descId} onClose={onClose} preventClose={busy} initialFocus={cancelRef}>
      <form onSubmit={submit}>
        <h2 id={titleId} className="break-words text-base font-semibold">
          Remove container {container.name}?
        </h2>
        <p id={descId} className="mt-2 text-[13px] text-ink-muted">
          This deletes the container <span className="font-medium text-ink">{container.name}</span>{" "}
          <span className="font-mono text-xs">({shortId(container.id)})</span> and its writable layer: files written
          inside it outside a volume are lost. Its image ({container.image}) and named volumes are kept.
        </p>

        <fieldset className="mt-4 space-y-2.5" disabled={busy}>
          <legend className="sr-only">Options</legend>
          <label className="flex items-start gap-2 text-[13px]">
            <input
              type="checkbox"
              checked={volumes}
              onChange={(e) => setVolumes(e.target.checked)}
              className="mt-0.5 size-4 accent-brand"
            />
            <span>
              Also remove anonymous volumes
              <span className="block text-xs text-ink-muted">Unnamed volumes created for this container only.</span>
            </span>
          </label>
          <label className="flex items-start gap-2 text-[13px]">
            <input
              type="checkbox"
              checked={force}
              onChange={(e) => setForce(e.target.checked)}
              className="mt-0.5 size-4 accent-brand"
            />
            <span>
              Force (stop it first if running)
              {needsForce && (
                <span className="block text-xs text-warning-ink">
                  The container is {container.state}: it is killed before removal.
                  {!force && " Without Force the engine refuses to remove it."}
                </span>
              )}
            </span>
          </label>
        </fieldset>

        <DialogError message={error} className="mt-4" />
        <DialogActions label="Remove" tone="danger" busy={busy} onCancel={onClose} cancelRef={cancelRef} />
      </form>
    </Modal>
  );
}

"use client";

import { DialogActions, DialogError } from "@/components/ui/dialog-parts";
import { useId, useRef, useState, type FormEvent } from "react";
import { useAction } from "@/lib/browser/hooks/use-action";
import type { ImageDetail } from "@/lib/shared/types/images";
import { removeImage } from "@/lib/browser/api/image-actions";
import { shortId } from "@/lib/browser/containers/short-id";
import { Modal } from "@/components/ui/modal";

export function RemoveImageDialog({
  image,
  users,
  onDone,
  onClose,
}: {
  image: ImageDetail;
  users: string[];
  onDone: () => void;
  onClose: () => void;
}) {
  const [force, setForce] = useState(false);
  const { busy, error, run } = useAction({ keepBusy: true });
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => removeImage(image.id, force))) onDone();
  }

  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-desc`} onClose={onClose} preventClose={busy} initialFocus={cancelRef}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`} className="text-base font-semibold">
          Remove image {shortId(image.id)}?
        </h2>
        <div id={`${id}-desc`} className="mt-2 space-y-2 text-[13px] text-ink-muted">
          {image.tags.length ? (
            <>
              <p>These tags are removed:</p>
              <ul aria-label="Tags to remove" className="space-y-0.5">
                {image.tags.map((t) => (
                  <li key={t} className="font-mono text-xs text-ink">
                    {t}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>The image has no tags.</p>
          )}
          {users.length > 0 && (
            <p className="text-warning-ink">
              Used by {users.join(", ")}: the engine refuses to remove it while a container uses it.
            </p>
          )}
        </div>
        <label className="mt-4 flex items-start gap-2 text-[13px]">
          <input type="checkbox" checked={force} disabled={busy} onChange={(e) => setForce(e.target.checked)} className="mt-0.5 size-4 accent-brand" />
          <span>
            Force
            <span className="block text-xs text-ink-muted">Remove every tag even if the image has several (docker rmi -f).</span>
          </span>
        </label>
        <DialogError message={error} className="mt-4" />
        <DialogActions label="Remove" tone="danger" busy={busy} onCancel={onClose} cancelRef={cancelRef} />
      </form>
    </Modal>
  );
}

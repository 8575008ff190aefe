"use client";

import { useEffect, useId, useRef, useState } from "react";
import useSWR from "swr";
import type { DownPreview } from "@/lib/shared/stacks/actions";
import { fetchDownPreview, runStackAction } from "@/lib/browser/api/stack-actions";
import { errorMessage } from "@/lib/browser/api/api-error";
import { useAction } from "@/lib/browser/hooks/use-action";
import { Modal } from "@/components/ui/modal";
import { Checkbox } from "@/components/ui/form-controls";
import { DialogActions, DialogError } from "@/components/ui/dialog-parts";

function Names({ title, names }: { title: string; names: string[] }) {
  return (
    <section aria-label={title} className="mt-2">
      <h3 className="text-[11px] font-semibold uppercase tracking-wide text-ink-muted">
        {title} · {names.length}
      </h3>
      {names.length ? (
        <ul className="font-mono text-[12px]">
          {names.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : (
        <p className="text-[12px] text-ink-muted">none</p>
      )}
    </section>
  );
}

/** `down`, after showing exactly what it removes (with or without the project's volumes). */
export function DownDialog({ name, onClose, onStarted }: { name: string; onClose: () => void; onStarted: () => void }) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [volumes, setVolumes] = useState(false);
  // The preview is read when the dialog opens (and when the checkbox changes): a one-off read, not a screen's data.
  const { data, error: previewError } = useSWR<{ preview: DownPreview }>(["stack-down-preview", name, volumes], () => fetchDownPreview(name, volumes), {
    revalidateOnFocus: false,
  });
  const { busy, error, run } = useAction({ keepBusy: true });
  const preview = data?.preview;
  useEffect(() => cancelRef.current?.focus(), []);

  const confirm = async () => {
    if (await run(() => runStackAction(name, "down", { volumes }))) {
      onStarted();
      onClose();
    }
  };

  return (
    <Modal labelledBy={`${id}-title`} onClose={onClose} preventClose={busy} initialFocus={cancelRef}>
      <h2 id={`${id}-title`} className="text-[15px] font-semibold text-ink">
        Take {name} down?
      </h2>
      <p className="mt-2 text-[13px] text-ink-muted">These are stopped and removed. Images stay.</p>
      <Checkbox label="Also remove the project's volumes (their data is deleted)" checked={volumes} onChange={setVolumes} />
      {previewError ? (
        <DialogError message={errorMessage(previewError)} />
      ) : !preview ? (
        <p className="mt-2 text-[12px] text-ink-muted">Reading what goes…</p>
      ) : (
        <div aria-label="What goes">
          <Names title="Containers" names={preview.containers} />
          <Names title="Networks" names={preview.networks} />
          {volumes && <Names title="Volumes" names={preview.volumes} />}
        </div>
      )}
      <DialogError message={error} />
      <DialogActions label="Down" busyLabel="Starting…" tone="danger" busy={busy} disabled={!preview} onCancel={onClose} onAction={confirm} cancelRef={cancelRef} />
    </Modal>
  );
}

"use client";

import { DialogActions, DialogError } from "@/components/ui/dialog-parts";
import { useId, useRef, useState, type FormEvent } from "react";
import { errorMessage } from "@/lib/browser/api/api-error";
import { referenceProblem } from "@/lib/shared/images/reference";
import { tagImage } from "@/lib/browser/api/image-actions";
import { Modal } from "@/components/ui/modal";

/** `docker tag`: the reference is checked with the same parser the server uses, so the reason shows before sending. */
export function TagDialog({ imageId, onDone, onClose }: { imageId: string; onDone: (reference: string) => void; onClose: () => void }) {
  const [value, setValue] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const reason = referenceProblem(value);
    if (reason) {
      setProblem(reason);
      return;
    }
    setBusy(true);
    try {
      const { reference } = await tagImage(imageId, value.trim());
      onDone(reference);
    } catch (err) {
      setProblem(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <Modal labelledBy={`${id}-title`} onClose={onClose} preventClose={busy} initialFocus={inputRef}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="text-base font-semibold">
          Tag image
        </h2>
        <label htmlFor={`${id}-ref`} className="mt-3 block text-[13px] font-medium">
          New reference
        </label>
        <input
          id={`${id}-ref`}
          ref={inputRef}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setProblem(null);
          }}
          placeholder="registry:5000/repository:tag"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-help`}
          className="mt-1 h-8 w-full rounded border border-line px-2.5 font-mono text-[13px] outline-none focus:border-brand"
        />
        <p id={`${id}-help`} className="mt-1 text-xs text-ink-muted">
          [host[:port]/]name[:tag] — the tag defaults to latest.
        </p>
        <DialogError message={problem} />
        <DialogActions label="Tag" busy={busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}

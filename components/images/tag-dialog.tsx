"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { errorMessage } from "@/lib/client/api-error";
import { referenceProblem } from "@/lib/images/reference";
import { tagImage } from "@/lib/images/image-actions";
import { Modal } from "@/components/ui/modal";
import { Spinner } from "@/components/ui/spinner";

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
        {problem && (
          <p role="alert" className="mt-3 rounded border border-danger/40 bg-danger/8 px-3 py-2 text-[13px] text-danger-ink">
            {problem}
          </p>
        )}
        <div className="mt-5 flex justify-end gap-2">
          <button
            type="button"
            onClick={onClose}
            disabled={busy}
            className="h-8 rounded border border-line bg-white px-3.5 text-[13px] font-medium text-ink hover:bg-hover disabled:opacity-50"
          >
            Cancel
          </button>
          <button
            type="submit"
            disabled={busy}
            className="inline-flex h-8 items-center gap-1.5 rounded bg-brand px-3.5 text-[13px] font-semibold text-white hover:bg-brand-dark disabled:opacity-70"
          >
            {busy && <Spinner className="size-3.5" />}
            Tag
          </button>
        </div>
      </form>
    </Modal>
  );
}

"use client";

import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { errorMessage } from "@/lib/browser/api/api-error";
import { useUpload } from "@/lib/browser/hooks/use-upload";
import { imageHref } from "@/lib/browser/paths/images";
import { loadImages } from "@/lib/browser/api/transfer-actions";
import { Modal } from "@/components/ui/modal";
import { FieldErrorsProvider } from "@/components/ui/form-controls";
import { TarPicker, UploadBar } from "./import-form-parts";
import { DialogActions, DialogError } from "@/components/ui/dialog-parts";

/** `docker load`: an image tar made by `docker save` (here: an image's Save) comes back with its tags. */
export function LoadDialog({ onClose }: { onClose: () => void }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<string[] | null>(null);
  const upload = useUpload();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setErrors(file ? {} : { file: "Pick the image tar to load" });
    if (!file) return;
    try {
      setLoaded((await upload.start((onProgress) => loadImages(file, onProgress))).loaded);
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  const busy = upload.progress !== null;
  return (
    <Modal labelledBy={`${id}-title`} onClose={onClose} className="w-[min(34rem,calc(100vw-2rem))]">
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="text-base font-semibold">
          Load images
        </h2>
        <p className="mt-1 text-[13px] text-ink-muted">A tar made by docker save (or an image&apos;s Save here), with its layers and tags.</p>
        <FieldErrorsProvider errors={errors} prefix={`${id}-f`}>
          <fieldset disabled={busy} className="mt-3">
            <TarPicker path="file" label="Image tar" onFile={setFile} />
          </fieldset>
        </FieldErrorsProvider>
        {upload.progress && <UploadBar label="Uploading the tar" {...upload.progress} />}
        {loaded && (
          <div role="status" className="mt-3 rounded border border-running/40 bg-running/8 px-3 py-2 text-[13px]">
            Loaded:
            <ul aria-label="Loaded images" className="mt-1 space-y-0.5">
              {loaded.map((ref) => (
                <li key={ref}>
                  <Link href={imageHref(ref)} className="font-mono text-xs text-brand-dark hover:underline">
                    {ref}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        <DialogError message={failure} />
        <DialogActions onCancel={onClose} cancelLabel="Close" cancelDisabled={false} busy={busy} label="Load" />
      </form>
    </Modal>
  );
}

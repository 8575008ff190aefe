"use client";

import { issuesToFields } from "@/lib/shared/schemas/field-errors";
import { useId, useState, type FormEvent } from "react";
import { errorMessage } from "@/lib/browser/api/api-error";
import { useUpload } from "@/lib/browser/hooks/use-upload";
import { importRootfs } from "@/lib/browser/api/transfer-actions";
import { importQuery } from "@/lib/shared/schemas/build";
import { Modal } from "@/components/ui/modal";
import { FieldErrorsProvider, TextField } from "@/components/ui/form-controls";
import { NewImageNotice, TarPicker, UploadBar } from "./import-form-parts";
import { DialogActions, DialogError } from "@/components/ui/dialog-parts";

/** `docker import`: a root filesystem tar becomes a one-layer image. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [repository, setRepository] = useState("");
  const [tag, setTag] = useState("");
  const [message, setMessage] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<{ id: string; reference?: string } | null>(null);
  const upload = useUpload();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const parsed = importQuery.safeParse({ repository, tag, message });
    const found = parsed.success ? {} : issuesToFields(parsed.error.issues);
    if (!file) found.file = "Pick the tar to import";
    setErrors(found);
    if (Object.keys(found).length || !file) return;
    try {
      setDone(await upload.start((onProgress) => importRootfs(file, { repository, tag, message }, onProgress)));
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  const busy = upload.progress !== null;
  return (
    <Modal labelledBy={`${id}-title`} onClose={onClose} className="w-[min(34rem,calc(100vw-2rem))]">
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="text-base font-semibold">
          Import a root filesystem
        </h2>
        <p className="mt-1 text-[13px] text-ink-muted">A tar of a filesystem (e.g. from Export filesystem) becomes an image with one layer and no command.</p>
        <FieldErrorsProvider errors={errors} prefix={`${id}-f`}>
          <fieldset disabled={busy} className="mt-3 space-y-3">
            <TarPicker path="file" label="Root filesystem tar" onFile={setFile} />
            <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
              <TextField path="repository" label="Repository" value={repository} onChange={setRepository} placeholder="optional, e.g. rootfs/app" mono spellCheck={false} />
              <TextField path="tag" label="Tag" value={tag} onChange={setTag} placeholder="latest" mono spellCheck={false} />
            </div>
            <TextField path="message" label="Message" value={message} onChange={setMessage} placeholder="optional commit message" />
          </fieldset>
        </FieldErrorsProvider>
        {upload.progress && <UploadBar label="Uploading the tar" {...upload.progress} />}
        {done && <NewImageNotice verb="Imported" image={done} />}
        <DialogError message={failure} />
        <DialogActions onCancel={onClose} cancelLabel="Close" cancelDisabled={false} busy={busy} label="Import" />
      </form>
    </Modal>
  );
}

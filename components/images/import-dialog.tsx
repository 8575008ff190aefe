"use client";

import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { errorMessage } from "@/lib/client/api-error";
import { useUpload } from "@/lib/hooks/use-upload";
import { formatImageSize } from "@/lib/images/format-size";
import { imageHref } from "@/lib/images/paths";
import { importRootfs } from "@/lib/images/transfer-actions";
import { importQuery } from "@/lib/schemas/build";
import { shortId } from "@/lib/client/short-id";
import { Modal } from "@/components/ui/modal";
import { Spinner } from "@/components/ui/spinner";
import { FieldErrorsProvider, FieldMessage, TextField, useField } from "@/components/new-container/form-controls";

export const FILE_INPUT =
  "block w-full text-[13px] text-ink file:mr-3 file:h-8 file:rounded file:border file:border-line file:bg-white file:px-3 file:text-[13px] file:font-medium file:text-ink hover:file:bg-hover";
export const PRIMARY =
  "inline-flex h-8 items-center gap-1.5 rounded bg-brand px-3.5 text-[13px] font-semibold text-white hover:bg-brand-dark disabled:opacity-70";
export const SECONDARY = "h-8 rounded border border-line bg-white px-3.5 text-[13px] font-medium text-ink hover:bg-hover";

/** Bytes sent of an upload; the engine works on them as they arrive. */
export function UploadBar({ label, sent, total }: { label: string; sent: number; total: number }) {
  const percent = total > 0 ? Math.round((sent / total) * 100) : 0;
  return (
    <div className="mt-3 flex items-center gap-2 text-xs">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-1.5 flex-1 overflow-hidden rounded-full bg-line">
        <div className="h-full bg-brand transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <span className="w-36 shrink-0 text-right text-ink-muted">
        {total ? `${formatImageSize(sent)} / ${formatImageSize(total)}` : "starting…"}
      </span>
    </div>
  );
}

/** A file input wired to the form's field errors. */
export function TarPicker({ path, label, onFile }: { path: string; label: string; onFile: (file: File | null) => void }) {
  const { props } = useField(path);
  return (
    <div>
      <label htmlFor={props.id} className="mb-1 block text-[12px] font-medium text-ink-muted">
        {label}
      </label>
      <input {...props} type="file" accept=".tar,.tgz,.gz,.tar.gz,.bz2,.xz,application/x-tar,application/gzip" onChange={(e) => onFile(e.target.files?.[0] ?? null)} className={FILE_INPUT} />
      <FieldMessage path={path} />
    </div>
  );
}

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
    const found: Record<string, string> = {};
    if (!parsed.success) for (const issue of parsed.error.issues) found[issue.path.join(".")] ??= issue.message;
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
        {done && (
          <p role="status" className="mt-3 rounded border border-running/40 bg-running/8 px-3 py-2 text-[13px]">
            Imported{done.reference ? ` as ${done.reference}` : ""}:{" "}
            <Link href={imageHref(done.id)} className="font-mono text-brand-dark hover:underline">
              {shortId(done.id)}
            </Link>
          </p>
        )}
        {failure && (
          <p role="alert" className="mt-3 rounded border border-danger/40 bg-danger/8 px-3 py-2 text-[13px] text-danger-ink">
            {failure}
          </p>
        )}
        <div className="mt-5 flex justify-end gap-2">
          <button type="button" onClick={onClose} className={SECONDARY}>
            Close
          </button>
          <button type="submit" disabled={busy} className={PRIMARY}>
            {busy && <Spinner className="size-3.5" />}
            Import
          </button>
        </div>
      </form>
    </Modal>
  );
}

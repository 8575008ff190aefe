"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { shortId } from "@/lib/browser/containers/short-id";
import { formatBytes } from "@/lib/shared/format-bytes";
import { imageHref } from "@/lib/browser/paths/images";
import { FieldMessage, useField } from "@/components/ui/form-controls";

// The pieces the build, import, load and commit dialogs share: file pickers, upload progress, a
// monospace text area and the outcome lines.

export const FILE_INPUT =
  "block w-full text-[13px] text-ink file:mr-3 file:h-8 file:rounded file:border file:border-line file:bg-surface file:px-3 file:text-[13px] file:font-medium file:text-ink hover:file:bg-hover";

/** Bytes sent of an upload; the engine works on them as they arrive. */
export function UploadBar({ label, sent, total }: { label: string; sent: number; total: number }) {
  const percent = total > 0 ? Math.round((sent / total) * 100) : 0;
  return (
    <div className="mt-3 flex items-center gap-2 text-xs">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-1.5 flex-1 overflow-hidden rounded-full bg-line">
        <div className="h-full bg-brand transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <span className="w-36 shrink-0 text-right text-ink-muted">
        {total ? `${formatBytes(sent)} / ${formatBytes(total)}` : "starting…"}
      </span>
    </div>
  );
}

/** A file input for a tar, wired to the form's field errors. */
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

/** A monospace text area (a Dockerfile, commit changes) wired to the form's field errors. */
export function CodeField({
  path,
  label,
  value,
  onChange,
  rows,
  placeholder,
  hint,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  rows: number;
  placeholder?: string;
  hint?: ReactNode;
}) {
  const { props } = useField(path);
  return (
    <div>
      <label htmlFor={props.id} className="mb-1 block text-[12px] font-medium text-ink-muted">
        {label}
      </label>
      <textarea
        {...props}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={rows}
        spellCheck={false}
        placeholder={placeholder}
        className="w-full rounded border border-line bg-surface px-2.5 py-2 font-mono text-[12px] leading-5 text-ink placeholder:text-ink-faint focus:border-brand focus:outline-none aria-[invalid=true]:border-danger"
      />
      <FieldMessage path={path} />
      {hint && <p className="mt-1 text-[12px] text-ink-faint">{hint}</p>}
    </div>
  );
}

/** "Imported as app:1: 0123456789ab", the id linking to the new image. */
export function NewImageNotice({ verb, image }: { verb: string; image: { id: string; reference?: string } }) {
  return (
    <p role="status" className="mt-3 rounded border border-running/40 bg-running/8 px-3 py-2 text-[13px]">
      {verb}
      {image.reference ? ` as ${image.reference}` : ""}:{" "}
      <Link href={imageHref(image.id)} className="font-mono text-brand-dark hover:underline">
        {shortId(image.id)}
      </Link>
    </p>
  );
}


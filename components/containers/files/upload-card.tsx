"use client";

import { useRef, useState, type FormEvent } from "react";
import { errorMessage } from "@/lib/browser/api/api-error";
import { formatBytes } from "@/lib/shared/format-bytes";
import { uploadToContainer, type UploadHandle } from "@/lib/browser/api/files-upload";
import { DEFAULT_UPLOAD_DIR, MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE, containerPath, uploadFileName } from "@/lib/shared/schemas/files";
import { Card } from "@/components/ui/card";

type Outcome = { ok: true; message: string } | { ok: false; message: string };

/** `docker cp file container:folder/`, with progress. Works on stopped containers too. */
export function UploadCard({ containerRef, onUploaded }: { containerRef: string; onUploaded: () => void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [dir, setDir] = useState(DEFAULT_UPLOAD_DIR);
  const [progress, setProgress] = useState<{ sent: number; total: number }>();
  const [outcome, setOutcome] = useState<Outcome>();
  const upload = useRef<UploadHandle>(undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    const folder = containerPath.safeParse(dir.trim());
    const name = uploadFileName.safeParse(file.name);
    const invalid = !folder.success
      ? `Destination folder: ${folder.error.issues[0]?.message}`
      : !name.success
        ? `File name: ${name.error.issues[0]?.message}`
        : file.size > MAX_UPLOAD_BYTES
          ? UPLOAD_TOO_LARGE
          : undefined;
    if (invalid || !folder.success) {
      setOutcome({ ok: false, message: invalid ?? "invalid destination" });
      return;
    }
    setOutcome(undefined);
    setProgress({ sent: 0, total: file.size });
    upload.current = uploadToContainer(containerRef, folder.data, file, (sent, total) => setProgress({ sent, total }));
    try {
      const result = await upload.current.done;
      setOutcome({ ok: true, message: `Uploaded ${file.name} to ${result.path} (${formatBytes(result.size)})` });
      setFile(undefined);
      if (fileInput.current) fileInput.current.value = "";
      onUploaded();
    } catch (err) {
      setOutcome({ ok: false, message: `Upload failed: ${errorMessage(err)}` });
    } finally {
      upload.current = undefined;
      setProgress(undefined);
    }
  }

  const busy = progress !== undefined;
  return (
    <Card title="Upload a file">
      <form onSubmit={submit} className="space-y-2 text-xs">
        <label className="flex items-center gap-2">
          <span className="w-28 shrink-0 text-ink-muted">File</span>
          <input
            ref={fileInput}
            type="file"
            aria-label="File to upload"
            disabled={busy}
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              setOutcome(undefined);
            }}
            className="min-w-0 flex-1 text-xs file:mr-2 file:rounded file:border file:border-line file:bg-surface file:px-2 file:py-0.5 file:text-xs"
          />
        </label>
        <label className="flex items-center gap-2">
          <span className="w-28 shrink-0 text-ink-muted">Destination folder</span>
          <input
            value={dir}
            onChange={(e) => setDir(e.target.value)}
            disabled={busy}
            spellCheck={false}
            className="min-w-0 flex-1 rounded border border-line px-2 py-1 font-mono text-xs outline-none focus:border-brand"
          />
        </label>
        <div className="flex items-center gap-2">
          <button
            type="submit"
            disabled={busy || !file}
            className="rounded bg-brand px-3 py-1 text-xs font-semibold text-white hover:bg-brand-deep disabled:opacity-50"
          >
            Upload
          </button>
          {busy && (
            <>
              <progress
                aria-label="Upload progress"
                value={progress.sent}
                max={progress.total || 1}
                className="h-1.5 flex-1 accent-brand"
              />
              <button type="button" onClick={() => upload.current?.abort()} className="text-ink-muted hover:text-ink">
                Cancel
              </button>
            </>
          )}
        </div>
        <p role={outcome?.ok === false ? "alert" : "status"} className={outcome?.ok ? "text-running-ink" : "text-danger-ink"}>
          {outcome?.message}
        </p>
      </form>
    </Card>
  );
}

"use client";

import { TableScroll } from "@/components/ui/data-table";

import { useState } from "react";
import { useVolumeFiles } from "@/lib/browser/hooks/use-volume-files";
import { errorMessage } from "@/lib/browser/api/api-error";
import { formatDateTime } from "@/lib/browser/format-date";
import { startDownload } from "@/lib/browser/files/start-download";
import type { VolumeFileEntry, VolumeListing } from "@/lib/shared/types/volumes";
import { formatBytes } from "@/lib/shared/format-bytes";
import { buttonClass } from "@/components/ui/form-controls";
import { Card } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";

function parentOf(path: string): string {
  const cut = path.replace(/\/+$/, "").lastIndexOf("/");
  return cut <= 0 ? "/" : path.slice(0, cut);
}

const LINK = "text-[12px] text-brand-dark hover:underline";

/** Why the listing may be incomplete, in the user's words: the bound Berth stopped at, and what it means. */
function PartialNote({ listing }: { listing: VolumeListing }) {
  const p = listing.partial;
  if (!p) return null;
  const bound =
    p.reason === "entries"
      ? `${p.scanned.toLocaleString()} entries`
      : p.reason === "bytes"
        ? `${formatBytes(p.bytes)}`
        : "10 seconds";
  return (
    <p role="status" className="mt-2 rounded border border-warning bg-warning-tint px-2 py-1 text-[12px] text-warning-ink">
      Partial listing: Berth stopped reading this folder after {bound} of its archive (which holds everything below it,
      file contents included). The entries shown are real; entries that come later in the archive are missing. No image
      on this engine has a shell for an exact listing — any image with <span className="font-mono">sh</span>,{" "}
      <span className="font-mono">find</span> and <span className="font-mono">stat</span> (e.g. busybox) would give one.
    </p>
  );
}

/** Read-only file browser: a browse session's helper container mounts the volume read-only; nothing else is run. */
export function VolumeFiles({ volume }: { volume: string }) {
  const [path, setPath] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const { listing, error, isLoading, isValidating, refresh, session, downloadUrl, close } = useVolumeFiles(volume, path);

  if (path === null) {
    return (
      <Card title="Files">
        <p className="text-[12px] text-ink-muted">
          Read-only. Berth lists the volume through a helper container, made from an image already on this engine, that
          mounts it read-only without network. The helper is removed when you close the browser, leave the page, or after
          a few idle minutes.
        </p>
        <button type="button" className={`${buttonClass("secondary")} mt-2`} onClick={() => setPath("/")}>
          Browse files
        </button>
      </Card>
    );
  }

  const download = async (entry: { path: string; name: string }, format: "auto" | "tar") => {
    setDownloadError(null);
    try {
      startDownload(await downloadUrl(entry.path, format), format === "tar" ? `${entry.name}.tar` : entry.name);
    } catch (err) {
      setDownloadError(errorMessage(err));
    }
  };

  const crumbs = path.split("/").filter(Boolean);
  const folderName = crumbs.at(-1) ?? volume;
  return (
    <Card
      title="Files"
      action={
        <span className="flex items-center gap-3">
          <button type="button" className={LINK} onClick={() => void download({ path, name: folderName }, "tar")}>
            Download folder as .tar
          </button>
          <button type="button" className="text-[12px] text-ink-muted hover:text-brand-dark" onClick={() => void refresh()} disabled={isValidating}>
            {isValidating ? "Refreshing…" : "Refresh"}
          </button>
          <button
            type="button"
            className="text-[12px] text-ink-muted hover:text-brand-dark"
            onClick={() => {
              close();
              setPath(null);
            }}
          >
            Close
          </button>
        </span>
      }
    >
      <nav aria-label="Folder" className="mb-2 flex flex-wrap items-center gap-1 font-mono text-[12px]">
        <button type="button" className="text-brand-dark hover:underline" onClick={() => setPath("/")}>
          {volume}
        </button>
        {crumbs.map((c, i) => (
          <span key={i} className="flex items-center gap-1">
            <span className="text-ink-faint">/</span>
            <button type="button" className="text-brand-dark hover:underline" onClick={() => setPath(`/${crumbs.slice(0, i + 1).join("/")}`)}>
              {c}
            </button>
          </span>
        ))}
      </nav>
      {downloadError && (
        <p role="alert" className="mb-2 text-danger-ink">
          {downloadError}
        </p>
      )}
      {isLoading ? (
        <p className="flex items-center gap-2 text-ink-muted">
          <Spinner className="size-4" /> Listing…
        </p>
      ) : error ? (
        <p role="alert" className="text-danger-ink">
          {errorMessage(error)}
        </p>
      ) : listing ? (
        listing.entries.length === 0 ? (
          <p className="text-ink-faint">{listing.partial ? "No entries of this folder were reached." : "This folder is empty."}</p>
        ) : (
          <TableScroll>
          <table className="w-full text-left text-[13px]" aria-label="Volume files">
            <thead className="text-[11px] uppercase tracking-wide text-ink-muted">
              <tr>
                <th className="py-1 pr-2 font-semibold">Name</th>
                <th className="py-1 pr-2 text-right font-semibold">Size</th>
                <th className="py-1 pr-2 font-semibold">Modified</th>
                <th className="py-1">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {path !== "/" && (
                <tr className="border-t border-line">
                  <td className="py-1 pr-2 font-mono" colSpan={4}>
                    <button type="button" className="text-brand-dark hover:underline" onClick={() => setPath(parentOf(path))}>
                      ../
                    </button>
                  </td>
                </tr>
              )}
              {listing.entries.map((e) => (
                <EntryRow key={e.name} entry={e} onOpen={() => setPath(e.path)} onDownload={(format) => void download(e, format)} />
              ))}
            </tbody>
          </table>
          </TableScroll>
        )
      ) : null}
      {listing?.truncated && <p className="mt-2 text-[12px] text-ink-muted">Showing the first {listing.entries.length} entries.</p>}
      {listing && <PartialNote listing={listing} />}
      {session && (
        <p className="mt-2 text-[11px] text-ink-faint">
          Helper from <span className="font-mono">{session.image}</span>, volume mounted read-only, no network;{" "}
          {listing?.method === "archive" || session.method === "archive"
            ? "never started: folders are read from the engine's archive of them."
            : "folders are listed by find and stat inside it."}
        </p>
      )}
    </Card>
  );
}

function EntryRow({ entry: e, onOpen, onDownload }: { entry: VolumeFileEntry; onOpen: () => void; onDownload: (format: "auto" | "tar") => void }) {
  return (
    <tr className="border-t border-line">
      <td className="max-w-96 truncate py-1 pr-2 font-mono" title={e.path}>
        {e.type === "directory" ? (
          <button type="button" className="text-brand-dark hover:underline" onClick={onOpen}>
            {e.name}/
          </button>
        ) : (
          <span>
            {e.name}
            {e.type === "symlink" && <span className="ml-1 font-sans text-[11px] text-ink-faint">link</span>}
          </span>
        )}
      </td>
      <td className="whitespace-nowrap py-1 pr-2 text-right tabular-nums text-ink-muted">{e.type === "file" ? formatBytes(e.size) : ""}</td>
      <td className="whitespace-nowrap py-1 pr-2 text-ink-muted">{formatDateTime(new Date(e.mtime * 1000))}</td>
      <td className="py-1 text-right">
        {e.type === "file" && (
          <button type="button" aria-label={`Download ${e.name}`} className={LINK} onClick={() => onDownload("auto")}>
            Download
          </button>
        )}
        {e.type === "directory" && (
          <button type="button" aria-label={`Download ${e.name} as .tar`} className={LINK} onClick={() => onDownload("tar")}>
            .tar
          </button>
        )}
      </td>
    </tr>
  );
}

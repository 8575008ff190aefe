"use client";

import { useState } from "react";
import { useVolumeFiles } from "@/lib/browser/hooks/use-volume-files";
import { errorMessage } from "@/lib/browser/api/api-error";
import { formatDateTime } from "@/lib/browser/format-date";
import { formatBytes } from "@/lib/shared/format-bytes";
import { buttonClass } from "@/components/ui/form-controls";
import { Card } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";

function parentOf(path: string): string {
  const cut = path.replace(/\/+$/, "").lastIndexOf("/");
  return cut <= 0 ? "/" : path.slice(0, cut);
}

function downloadHref(volume: string, path: string): string {
  return `/api/volumes/${encodeURIComponent(volume)}/files/download?path=${encodeURIComponent(path)}`;
}

/** Read-only file browser: each folder is listed by a short-lived helper container, on request. */
export function VolumeFiles({ volume }: { volume: string }) {
  const [path, setPath] = useState<string | null>(null);
  const { listing, error, isLoading, isValidating, refresh } = useVolumeFiles(volume, path);

  if (path === null) {
    return (
      <Card title="Files">
        <p className="text-[12px] text-ink-muted">
          Read-only. Berth lists the volume through a short-lived helper container that mounts it read-only, without network.
        </p>
        <button type="button" className={`${buttonClass("secondary")} mt-2`} onClick={() => setPath("/")}>
          Browse files
        </button>
      </Card>
    );
  }

  const crumbs = path.split("/").filter(Boolean);
  return (
    <Card
      title="Files"
      action={
        <button type="button" className="text-[12px] text-ink-muted hover:text-brand-dark" onClick={() => void refresh()} disabled={isValidating}>
          {isValidating ? "Refreshing…" : "Refresh"}
        </button>
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
      {isLoading ? (
        <p className="flex items-center gap-2 text-ink-muted"><Spinner className="size-4" /> Listing…</p>
      ) : error ? (
        <p role="alert" className="text-danger-ink">{errorMessage(error)}</p>
      ) : listing ? (
        listing.entries.length === 0 ? (
          <p className="text-ink-faint">This folder is empty.</p>
        ) : (
          <table className="w-full text-left text-[13px]" aria-label="Volume files">
            <thead className="text-[11px] uppercase tracking-wide text-ink-muted">
              <tr>
                <th className="py-1 pr-2 font-semibold">Name</th>
                <th className="py-1 pr-2 text-right font-semibold">Size</th>
                <th className="py-1 pr-2 font-semibold">Modified</th>
                <th className="py-1"><span className="sr-only">Actions</span></th>
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
                <tr key={e.name} className="border-t border-line">
                  <td className="max-w-96 truncate py-1 pr-2 font-mono" title={e.path}>
                    {e.type === "directory" ? (
                      <button type="button" className="text-brand-dark hover:underline" onClick={() => setPath(e.path)}>
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
                      <a href={downloadHref(volume, e.path)} download={e.name} aria-label={`Download ${e.name}`} className="text-[12px] text-brand-dark hover:underline">
                        Download
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
      {listing?.truncated && <p className="mt-2 text-[12px] text-ink-muted">Showing the first {listing.entries.length} entries.</p>}
    </Card>
  );
}

"use client";

import { useState, type FormEvent } from "react";
import { useAction } from "@/lib/browser/hooks/use-action";
import type { PathStat } from "@/lib/shared/types/files";
import { fetchJson } from "@/lib/browser/api/fetch-json";
import { archiveUrl } from "@/lib/browser/paths/files";
import { formatBytes } from "@/lib/shared/format-bytes";
import { containerPath } from "@/lib/shared/schemas/files";
import { Card } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { DownloadLink } from "./diff-tree";

/** Any path in the container: look it up first, so a typo is a clear message rather than a failed download. */
export function DownloadPathCard({ containerRef }: { containerRef: string }) {
  const [input, setInput] = useState("");
  const [stat, setStat] = useState<PathStat>();
  const { busy, error, setError, run } = useAction();

  async function lookUp(e: FormEvent) {
    e.preventDefault();
    setStat(undefined);
    const parsed = containerPath.safeParse(input.trim());
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "not a container path");
      return;
    }
    await run(async () => setStat((await fetchJson<{ stat: PathStat }>(archiveUrl(containerRef, parsed.data, "stat"))).stat));
  }

  return (
    <Card title="Download a path">
      <form onSubmit={lookUp} className="flex gap-2">
        <input
          value={input}
          onChange={(e) => setInput(e.target.value)}
          placeholder="Download path… e.g. /etc/hosts"
          aria-label="Container path to download"
          spellCheck={false}
          className="min-w-0 flex-1 rounded border border-line px-2 py-1 font-mono text-xs outline-none focus:border-brand"
        />
        <button
          type="submit"
          disabled={busy || !input.trim()}
          className="inline-flex items-center gap-1.5 rounded bg-brand px-3 py-1 text-xs font-semibold text-white hover:bg-brand-deep disabled:opacity-50"
        >
          {busy && <Spinner className="size-3" />}
          Look up
        </button>
      </form>
      {error && (
        <p role="alert" className="mt-2 text-xs text-danger-ink">
          {error}
        </p>
      )}
      {stat && (
        <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs" aria-label="Path found">
          <span className="font-mono break-all">{stat.path}</span>
          <span className="text-ink-muted">
            {describe(stat)} · {stat.mode}
            {stat.linkTarget && ` → ${stat.linkTarget}`}
          </span>
          <span className="flex gap-1">
            {stat.type === "file" && (
              <DownloadLink href={archiveUrl(containerRef, stat.path, "file")} label={`Download ${stat.path}`}>
                Download file
              </DownloadLink>
            )}
            <DownloadLink href={archiveUrl(containerRef, stat.path, "tar")} label={`Download ${stat.path} as .tar`}>
              Download .tar
            </DownloadLink>
          </span>
        </div>
      )}
    </Card>
  );
}

function describe(stat: PathStat): string {
  switch (stat.type) {
    case "file":
      return `file, ${formatBytes(stat.size)}`;
    case "directory":
      return "folder";
    case "symlink":
      return "symbolic link";
    default:
      return "special file";
  }
}

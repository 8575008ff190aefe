"use client";

import clsx from "clsx";
import { useEffect, useMemo, useState } from "react";
import type { ChangeKind } from "@/lib/shared/types/files";
import { errorMessage } from "@/lib/browser/api/api-error";
import { buildDiffTree, countKinds, filterChanges, folderPaths } from "@/lib/browser/files/files-tree";
import { useContainerDiff } from "@/lib/browser/hooks/use-container-diff";
import { Card, Muted } from "@/components/ui/card";
import { RestartIcon, SearchIcon } from "@/components/ui/icons";
import { Skeleton } from "@/components/ui/skeleton";
import { ChangeBadge } from "./change-badge";
import { DiffTree } from "./diff-tree";

const KINDS: ChangeKind[] = ["added", "changed", "deleted"];
// A big diff (a package install) opens with only its top folders showing.
const OPEN_ALL_UP_TO = 300;

/** `docker diff`: what the container changed on top of its image. */
export function ChangesCard({ containerRef }: { containerRef: string }) {
  const { changes, error, isLoading, isValidating, mutate } = useContainerDiff(containerRef);
  const [query, setQuery] = useState("");
  const [kinds, setKinds] = useState<ReadonlySet<ChangeKind>>(() => new Set(KINDS));
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [sizedOnce, setSizedOnce] = useState(false);

  const visible = useMemo(() => filterChanges(changes ?? [], query, kinds), [changes, query, kinds]);
  const tree = useMemo(() => buildDiffTree(visible), [visible]);
  const counts = useMemo(() => countKinds(changes ?? []), [changes]);

  useEffect(() => {
    if (!changes || sizedOnce) return;
    setSizedOnce(true);
    if (changes.length > OPEN_ALL_UP_TO) {
      const top = buildDiffTree(changes);
      setCollapsed(new Set(folderPaths(top.flatMap((n) => n.children))));
    }
  }, [changes, sizedOnce]);

  const toggle = (path: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(path)) next.delete(path);
      else next.add(path);
      return next;
    });

  const toggleKind = (kind: ChangeKind) =>
    setKinds((prev) => {
      const next = new Set(prev);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });

  const refresh = (
    <button
      type="button"
      onClick={() => void mutate()}
      aria-busy={isValidating}
      className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium text-brand-dark hover:bg-brand-tint"
    >
      <RestartIcon className={clsx("size-3.5", isValidating && "animate-spin")} />
      Refresh
    </button>
  );

  return (
    <Card title="Changes since the image" action={refresh}>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <label className="flex min-w-48 flex-1 items-center gap-1.5 rounded border border-line px-2 py-1 focus-within:border-brand">
          <SearchIcon className="size-3.5 text-ink-faint" />
          <input
            type="search"
            value={query}
            onChange={(e) => {
              // Matches may sit in folders the user closed: a new search shows them all.
              if (e.target.value.trim() && !query.trim()) setCollapsed(new Set());
              setQuery(e.target.value);
            }}
            placeholder="Filter paths"
            aria-label="Filter changed paths"
            className="w-full bg-transparent text-xs outline-none"
          />
        </label>
        <div role="group" aria-label="Kinds of change" className="flex gap-1">
          {KINDS.map((k) => (
            <button
              key={k}
              type="button"
              aria-pressed={kinds.has(k)}
              onClick={() => toggleKind(k)}
              className={clsx(
                "inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-[11px]",
                kinds.has(k) ? "border-line bg-surface text-ink" : "border-transparent bg-pane text-ink-faint line-through",
              )}
            >
              <ChangeBadge kind={k} decorative />
              <span aria-hidden="true">{counts[k]}</span>
              <span className="sr-only">{`${counts[k]} ${k}`}</span>
            </button>
          ))}
        </div>
      </div>
      {error && !changes ? (
        <p role="alert" className="text-danger-ink">
          {errorMessage(error)}
        </p>
      ) : isLoading || !changes ? (
        <div className="space-y-2 py-1" aria-busy="true">
          <Skeleton className="h-3 w-1/2" />
          <Skeleton className="h-3 w-2/5" />
        </div>
      ) : changes.length === 0 ? (
        <Muted>No changes: the container&apos;s filesystem is as its image left it.</Muted>
      ) : tree.length === 0 ? (
        <Muted>No change matches the filter.</Muted>
      ) : (
        <DiffTree nodes={tree} containerRef={containerRef} collapsed={collapsed} onToggle={toggle} />
      )}
    </Card>
  );
}

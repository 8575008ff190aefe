"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { errorMessage } from "@/lib/browser/api/api-error";
import { useContainerInspect } from "@/lib/browser/hooks/use-container-inspect";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { EyeIcon, EyeOffIcon, SearchIcon, WarningIcon } from "@/components/ui/icons";
import { JsonTree, containerPathKeys, pathKey, searchJson, type JsonPath } from "@/components/ui/json-tree";
import { Skeleton } from "@/components/ui/skeleton";
import { MASK, isEnvEntry, maskEnv, splitEnv } from "./inspect-env";

// Opened on first view: enough to see what the container is without scrolling through everything.
const DEFAULT_OPEN = [["State"], ["Config"], ["Config", "Env"]].map(pathKey);

/** Everything `docker inspect` says about the container, as a collapsible tree. */
export function InspectTab({ container }: { container: ContainerDetail }) {
  const { inspect, error } = useContainerInspect(container.id);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(DEFAULT_OPEN));
  const [showEnv, setShowEnv] = useState(false);
  const [copyNote, setCopyNote] = useState<string>();
  const [query, setQuery] = useState("");

  // A masked value must not be findable either: searching for a secret would reveal where it is.
  const searchable = useCallback(
    (path: JsonPath, value: string) => (showEnv || !isEnvEntry(path) ? value : splitEnv(value)[0]),
    [showEnv],
  );
  const search = useMemo(() => searchJson(inspect, query, searchable), [inspect, query, searchable]);

  const treeBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (query.trim()) treeBox.current?.querySelector("[data-json-hit]")?.scrollIntoView({ block: "nearest" });
  }, [query]);

  function find(next: string) {
    setQuery(next);
    // Open exactly the way to each hit, so the hits are what the tree shows.
    if (next.trim() && inspect) setExpanded(searchJson(inspect, next, searchable).open);
  }

  const toggle = useCallback((key: string) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const renderString = useCallback(
    (path: JsonPath, value: string): ReactNode | undefined => {
      if (showEnv || !isEnvEntry(path)) return undefined;
      const [key, secret] = splitEnv(value);
      return (
        <span className="break-all text-code-string">
          &quot;{key}
          {secret !== undefined && (
            <>
              =<span aria-hidden="true" className="text-ink-faint">{MASK}</span>
              <span className="sr-only">hidden</span>
            </>
          )}
          &quot;
        </span>
      );
    },
    [showEnv],
  );

  const allKeys = useMemo(() => (inspect ? containerPathKeys(inspect) : []), [inspect]);

  async function copy() {
    if (!inspect) return;
    const text = JSON.stringify(showEnv ? inspect : maskEnv(inspect), null, 2);
    try {
      await navigator.clipboard.writeText(text);
      setCopyNote(showEnv ? "Copied" : "Copied (environment values masked)");
    } catch {
      setCopyNote("Could not copy: the browser refused clipboard access");
    }
    window.setTimeout(() => setCopyNote(undefined), 3000);
  }

  if (error && !inspect) {
    return (
      <EmptyState title="Could not inspect this container" icon={<WarningIcon className="size-10 text-danger" />}>
        {errorMessage(error)}
      </EmptyState>
    );
  }

  const toolbar = (
    <div className="flex items-center gap-1">
      <span role="status" className="mr-1 text-[11px] text-ink-muted">
        {copyNote}
      </span>
      <ToolButton onClick={() => setExpanded(new Set(allKeys))} disabled={!inspect}>
        Expand all
      </ToolButton>
      <ToolButton onClick={() => setExpanded(new Set())} disabled={!inspect}>
        Collapse all
      </ToolButton>
      <ToolButton onClick={() => setShowEnv((s) => !s)} disabled={!inspect}>
        {showEnv ? <EyeOffIcon className="size-3.5" /> : <EyeIcon className="size-3.5" />}
        {showEnv ? "Hide values" : "Show values"}
      </ToolButton>
      <ToolButton onClick={copy} disabled={!inspect}>
        Copy JSON
      </ToolButton>
    </div>
  );

  return (
    <div className="p-5">
      <Card title="Inspect" action={toolbar}>
        <div className="mb-2 flex items-center gap-2">
          <label className="flex max-w-sm flex-1 items-center gap-1.5 rounded border border-line px-2 py-1 focus-within:border-brand">
            <SearchIcon className="size-3.5 text-ink-faint" />
            <input
              type="search"
              value={query}
              onChange={(e) => find(e.target.value)}
              placeholder="Find a key or value"
              aria-label="Find in inspect JSON"
              className="w-full bg-transparent text-xs outline-none"
            />
          </label>
          {query.trim() && (
            <span role="status" className="text-[11px] text-ink-muted">
              {search.hits.size === 1 ? "1 match" : `${search.hits.size} matches`}
            </span>
          )}
        </div>
        <div ref={treeBox}>
          {inspect ? (
            <JsonTree
              highlighted={search.hits}
              value={inspect}
              expanded={expanded}
              onToggle={toggle}
              renderString={renderString}
              label="Inspect JSON"
            />
          ) : (
            <div className="space-y-2 py-1" aria-busy="true">
              <Skeleton className="h-3 w-2/3" />
              <Skeleton className="h-3 w-1/2" />
              <Skeleton className="h-3 w-3/5" />
            </div>
          )}
        </div>
      </Card>
    </div>
  );
}

function ToolButton({ children, onClick, disabled }: { children: ReactNode; onClick: () => void; disabled?: boolean }) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium text-brand-dark hover:bg-brand-tint disabled:opacity-40"
    >
      {children}
    </button>
  );
}

"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { containerPath } from "@/lib/browser/paths/containers";
import { rowPlain, type LogRow } from "@/lib/browser/logs/log-buffer";
import { buildMatcher, matchRanges } from "@/lib/browser/logs/log-search";
import { useLogStream } from "@/lib/browser/hooks/use-log-stream";
import { LogRowView } from "./log-row";
import { LogSearchField } from "./log-search-field";
import { LogStatusLine } from "./log-status-line";
import { LogToolbar, type LogViewSettings } from "./log-toolbar";
import { LogViewport } from "./log-viewport";

const fmt = (n: number) => n.toLocaleString("en-US");

const DEFAULT_SETTINGS: LogViewSettings = { tail: "1000", since: "", timestamps: false, streams: "both" };

/** The logs of one container: last lines, then follow; search, filter, pause, copy, download. */
export function LogsTab({ container }: { container: ContainerDetail }) {
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  const [following, setFollowing] = useState(true);
  const [query, setQuery] = useState("");
  const [regexMode, setRegexMode] = useState(false);
  const [fontSize, setFontSize] = useState(12);
  const [copied, setCopied] = useState(false);
  const copiedTimer = useRef<number | undefined>(undefined);

  const stream = useLogStream({
    container: container.id,
    tail: settings.tail === "all" ? "all" : Number(settings.tail),
    since: settings.since || undefined,
    paused: !following,
    startedAt: container.startedAt,
    finishedAt: container.finishedAt,
    running: container.state === "running",
  });

  const matcher = useMemo(() => buildMatcher(query, regexMode), [query, regexMode]);
  const search = matcher.ok ? matcher.regex : null;

  const { shown, matches } = useMemo(() => {
    let matches = 0;
    const shown: LogRow[] = [];
    for (const row of stream.rows) {
      if (row.kind === "line") {
        if (settings.streams !== "both" && row.line.stream !== settings.streams) continue;
        if (search) {
          const n = matchRanges(rowPlain(row), search, 1000).length;
          if (n === 0) continue;
          matches += n;
        }
      } else if (search) continue;
      shown.push(row);
    }
    return { shown, matches };
  }, [stream.rows, settings.streams, search]);

  const copy = useCallback(async () => {
    const text = shown.map((r) => (r.kind === "line" ? `${settings.timestamps && r.line.ts ? `${r.line.ts} ` : ""}${rowPlain(r)}` : `[${r.count} lines skipped]`)).join("\n");
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      window.clearTimeout(copiedTimer.current);
      copiedTimer.current = window.setTimeout(() => setCopied(false), 1500);
    } catch {
      // Clipboard refused (permissions): nothing sensible to do but leave the button as it was.
    }
  }, [shown, settings.timestamps]);

  const params = new URLSearchParams({ tail: settings.tail, timestamps: settings.timestamps ? "1" : "0" });
  if (settings.since) params.set("since", settings.since);
  const downloadHref = `${containerPath(container.id)}/logs?${params}`;
  const rowHeight = Math.round(fontSize * 1.5);
  const lineCount = shown.filter((r) => r.kind === "line").length;

  return (
    <div className="flex h-full min-h-[420px] flex-col gap-2 p-5">
      <LogToolbar
        settings={settings}
        onChange={setSettings}
        following={following}
        onFollow={setFollowing}
        onClear={stream.clear}
        onCopy={copy}
        copied={copied}
        downloadHref={downloadHref}
        fontSize={fontSize}
        onFontSize={setFontSize}
        search={
          <LogSearchField
            query={query}
            onQuery={setQuery}
            regex={regexMode}
            onRegex={setRegexMode}
            error={matcher.ok ? undefined : matcher.error}
            summary={search ? `${fmt(matches)} ${matches === 1 ? "match" : "matches"} in ${fmt(lineCount)} ${lineCount === 1 ? "line" : "lines"}` : undefined}
          />
        }
      />
      <LogViewport
        rows={shown}
        rowHeight={rowHeight}
        fontSize={fontSize}
        follow={following}
        onScrollUp={() => setFollowing(false)}
        renderRow={(row) => <LogRowView row={row} search={search} showTs={settings.timestamps} />}
        empty={search ? "No line matches." : stream.status === "connecting" ? "Loading logs…" : "No log lines yet."}
      />
      <LogStatusLine
        status={stream.status}
        error={stream.error}
        following={following}
        newWhilePaused={stream.newWhilePaused}
        droppedOlder={stream.droppedOlder}
        onResume={() => setFollowing(true)}
        running={container.state === "running"}
      />
    </div>
  );
}

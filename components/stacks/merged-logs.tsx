"use client";

import { memo, useCallback, useEffect, useMemo, useState } from "react";
import type { StackDetail } from "@/lib/shared/types/stacks";
import { useLogStream } from "@/lib/browser/hooks/use-log-stream";
import { rowPlain, type LogRow } from "@/lib/browser/logs/log-buffer";
import { buildMatcher, matchRanges } from "@/lib/browser/logs/log-search";
import { mergeFeeds, SERVICE_COLOURS, type LogFeed } from "@/lib/browser/logs/merge-logs";
import { LogViewport } from "@/components/containers/logs/log-viewport";
import { LogRowView } from "@/components/containers/logs/log-row";
import { LogSearchField } from "@/components/containers/logs/log-search-field";
import { Checkbox, buttonClass } from "@/components/ui/form-controls";

const TAIL = 500;
const FONT_SIZE = 12;

interface Source {
  id: string;
  name: string;
  label: string;
  colour: string;
  running: boolean;
}

/** One container's stream over the existing logs channel (its caps apply per socket); renders nothing. */
const Feed = memo(function Feed({ source, paused, onRows }: { source: Source; paused: boolean; onRows: (id: string, rows: LogRow[]) => void }) {
  const stream = useLogStream({ container: source.id, tail: TAIL, paused, running: source.running });
  useEffect(() => onRows(source.id, stream.rows), [source.id, stream.rows, onRows]);
  return null;
});

/** What `docker compose logs` calls a container: its name without the project's prefix ("web_1"). */
function labelOf(project: string, name: string): string {
  for (const sep of ["_", "-"]) if (name.startsWith(`${project}${sep}`)) return name.slice(project.length + 1);
  return name;
}

function sourcesOf(stack: StackDetail): Source[] {
  return stack.services.flatMap((service, i) =>
    service.containers.map((c) => ({
      id: c.id,
      name: c.name,
      label: labelOf(stack.name, c.name),
      colour: SERVICE_COLOURS[i % SERVICE_COLOURS.length]!,
      running: c.state === "running",
    })),
  );
}

/** A project's logs, or a selection of its containers, as one view interleaved by time; follow, search, download. */
export function MergedLogs({ stack }: { stack: StackDetail }) {
  const sources = useMemo(() => sourcesOf(stack), [stack]);
  const [off, setOff] = useState<ReadonlySet<string>>(new Set());
  const [feeds, setFeeds] = useState<ReadonlyMap<string, LogRow[]>>(new Map());
  const [following, setFollowing] = useState(true);
  const [query, setQuery] = useState("");
  const [regexMode, setRegexMode] = useState(false);
  const onRows = useCallback((id: string, rows: LogRow[]) => setFeeds((prev) => new Map(prev).set(id, rows)), []);

  const merged = useMemo(
    () =>
      mergeFeeds(
        sources.filter((s) => !off.has(s.id)).map((s): LogFeed => ({ label: s.label, colour: s.colour, rows: feeds.get(s.id) ?? [] })),
      ),
    [feeds, sources, off],
  );
  const matcher = useMemo(() => buildMatcher(query, regexMode), [query, regexMode]);
  const search = matcher.ok ? matcher.regex : null;
  const shown = useMemo(
    () => (search ? merged.rows.filter((r) => r.kind === "line" && matchRanges(rowPlain(r), search, 1).length > 0) : merged.rows),
    [merged, search],
  );
  const labelWidth = Math.max(...sources.map((s) => s.label.length), 4);

  const download = () => {
    const text = shown
      .map((r) => (r.kind === "line" ? `${merged.source.get(r)!.label.padEnd(labelWidth)} | ${r.line.ts ?? ""} ${rowPlain(r)}` : `[${r.count} lines skipped]`))
      .join("\n");
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([`${text}\n`], { type: "text/plain" }));
    a.download = `${stack.name}-logs.txt`;
    a.click();
    URL.revokeObjectURL(a.href);
  };

  return (
    <div className="flex h-[70vh] min-h-[420px] flex-col gap-2">
      {sources.map((s) => (
        <Feed key={s.id} source={s} paused={!following || off.has(s.id)} onRows={onRows} />
      ))}
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
        <legend className="sr-only">Containers shown</legend>
        {sources.map((s) => (
          <Checkbox
            key={s.id}
            label={s.label}
            checked={!off.has(s.id)}
            onChange={(on) =>
              setOff((prev) => {
                const next = new Set(prev);
                if (on) next.delete(s.id);
                else next.add(s.id);
                return next;
              })
            }
          />
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-2">
        <LogSearchField query={query} onQuery={setQuery} regex={regexMode} onRegex={setRegexMode} error={matcher.ok ? undefined : matcher.error} />
        <button type="button" className={`ml-auto ${buttonClass("secondary")}`} aria-pressed={following} onClick={() => setFollowing((f) => !f)}>
          {following ? "Pause" : "Follow"}
        </button>
        <button type="button" className={buttonClass("secondary")} onClick={download}>
          Download
        </button>
      </div>
      <LogViewport
        label="Merged logs"
        rows={shown}
        rowHeight={Math.round(FONT_SIZE * 1.5)}
        fontSize={FONT_SIZE}
        follow={following}
        onScrollUp={() => setFollowing(false)}
        renderRow={(row) => {
          const from = merged.source.get(row);
          return (
            <div className="flex min-w-0">
              <span className="shrink-0 whitespace-pre pl-2" style={{ color: from?.colour }}>
                {`${(from?.label ?? "").padEnd(labelWidth)} | `}
              </span>
              <LogRowView row={row} search={search} showTs={false} />
            </div>
          );
        }}
        empty={search ? "No line matches." : "No log lines yet."}
      />
    </div>
  );
}

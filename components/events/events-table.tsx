"use client";

import Link from "next/link";
import { useState } from "react";
import type { EngineEvent } from "@/lib/shared/types/engine";
import { eventHref, eventKey, eventTimeMs } from "@/lib/browser/events/event-rows";
import { shortId } from "@/lib/browser/containers/short-id";
import { formatEventTime } from "./event-time";
import { CardTable, Cell } from "@/components/ui/data-table";

// A page of rows at a time: 5 000 rows of DOM would make every live insert slow.
const PAGE = 200;

const TYPE_COLOURS: Record<string, string> = {
  container: "bg-brand-tint text-brand-dark",
  image: "bg-violet-tint text-violet-ink",
  volume: "bg-green-tint text-running-ink",
  network: "bg-warning-tint text-warning-ink",
};

function Attributes({ event }: { event: EngineEvent }) {
  const entries = Object.entries(event.attributes).filter(([k]) => k !== "name");
  if (!entries.length) return <span className="text-ink-faint">—</span>;
  const text = entries.map(([k, v]) => `${k}=${v}`).join("  ");
  return (
    <span className="block truncate font-mono text-[11px] text-ink-muted" title={text}>
      {entries.map(([k, v]) => (
        <span key={k} className="mr-2">
          <span className="text-ink-faint">{k}=</span>
          {v}
        </span>
      ))}
    </span>
  );
}

/** Hex ids shortened as `docker ps` does; references (image tags, volume names) kept whole. */
function idLabel(id: string): string {
  return /^(sha256:)?[0-9a-f]{64}$/.test(id) ? shortId(id) : id;
}

function Actor({ event }: { event: EngineEvent }) {
  const href = eventHref(event);
  const label = event.name || idLabel(event.id) || "—";
  return (
    <span className="flex min-w-0 items-baseline gap-1.5">
      {href ? (
        <Link href={href} prefetch={false} className="truncate font-medium text-ink hover:text-brand-dark" title={event.id}>
          {label}
        </Link>
      ) : (
        <span className="truncate font-medium">{label}</span>
      )}
      {event.name && event.id && event.id !== event.name && <span className="shrink-0 truncate font-mono text-[11px] text-ink-faint">{idLabel(event.id)}</span>}
    </span>
  );
}

export function EventsTable({ rows }: { rows: EngineEvent[] }) {
  const [shown, setShown] = useState(PAGE);
  const visible = rows.slice(0, shown);
  return (
    <>
      <CardTable className="w-full table-fixed text-left text-[13px]" aria-label="Events">
        <thead className="border-b border-line text-[11px] font-semibold uppercase tracking-wide text-ink-muted">
          <tr>
            <th className="w-36 px-3 py-2">Time</th>
            <th className="w-24 px-3 py-2">Type</th>
            <th className="w-40 px-3 py-2">Action</th>
            <th className="w-64 px-3 py-2">Actor</th>
            <th className="px-3 py-2">Attributes</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((e) => {
            const ms = eventTimeMs(e);
            return (
              <tr key={eventKey(e)} className="border-b border-line last:border-0 hover:bg-hover">
                <Cell label="Time" className="px-3 py-1.5 font-mono text-[12px] whitespace-nowrap text-ink-muted">
                  <time dateTime={new Date(ms).toISOString()} title={`${new Date(ms).toISOString()} (${e.timeNano} ns)`}>
                    {formatEventTime(ms)}
                  </time>
                </Cell>
                <Cell label="Type" className="px-3 py-1.5">
                  <span className={`rounded px-1.5 py-0.5 text-[11px] font-semibold ${TYPE_COLOURS[e.type] ?? "bg-hover text-ink-muted"}`}>{e.type}</span>
                </Cell>
                <Cell label="Action" className="truncate px-3 py-1.5 font-mono text-[12px]" title={e.action}>
                  {e.action}
                </Cell>
                <Cell label="Actor" className="px-3 py-1.5">
                  <Actor event={e} />
                </Cell>
                <Cell label="Attributes" className="px-3 py-1.5">
                  <Attributes event={e} />
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </CardTable>
      {rows.length > shown && (
        <div className="flex items-center justify-center gap-3 border-t border-line py-2 text-[12px] text-ink-muted">
          Showing {shown} of {rows.length}
          <button type="button" className="font-semibold text-brand-dark hover:underline" onClick={() => setShown((n) => n + PAGE)}>
            Show {Math.min(PAGE, rows.length - shown)} more
          </button>
        </div>
      )}
    </>
  );
}

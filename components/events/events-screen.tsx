"use client";

import { useMemo, useState } from "react";
import { errorMessage } from "@/lib/browser/api/api-error";
import { EVENT_BUFFER_MAX, matchesFilter, toJsonLines, type EventFilter } from "@/lib/browser/events/event-rows";
import { useEventsHistory } from "@/lib/browser/hooks/use-events-history";
import { useEventsLive } from "@/lib/browser/hooks/use-events-live";
import { useLiveStatus } from "@/components/live/live-status";
import { buttonClass } from "@/components/ui/form-controls";
import { EmptyState } from "@/components/ui/empty-state";
import { PauseIcon, StartIcon } from "@/components/ui/icons";
import { downloadText } from "./download";
import { EMPTY_FILTER_FORM, EventsFilters, type EventFilterForm } from "./events-filters";
import { EventsTable } from "./events-table";
import { localInputToMs, msToQuerySeconds } from "./event-time";
import { Screen, ScreenTitle } from "@/components/ui/screen";

function toFilter(form: EventFilterForm): EventFilter {
  return {
    type: form.type || undefined,
    action: form.action || undefined,
    container: form.container || undefined,
    image: form.image || undefined,
    sinceMs: localInputToMs(form.since),
    untilMs: localInputToMs(form.until),
    hideExec: form.hideExec,
  };
}

/** The form as a history query (the API's since/until are unix seconds); undefined without a start. */
function historyQuery(form: EventFilterForm): URLSearchParams | undefined {
  const since = localInputToMs(form.since);
  if (since === undefined) return undefined;
  const q = new URLSearchParams({ since: msToQuerySeconds(since) });
  const until = localInputToMs(form.until);
  q.set("until", msToQuerySeconds(until ?? Date.now()));
  for (const key of ["type", "action", "container", "image"] as const) if (form[key].trim()) q.set(key, form[key].trim());
  return q;
}

/** Live engine events (pushed over socket.io), with history ranges merged in on request. */
export function EventsScreen() {
  const [form, setForm] = useState<EventFilterForm>(EMPTY_FILTER_FORM);
  const live = useEventsLive();
  const history = useEventsHistory(live.add);
  const status = useLiveStatus();
  const filter = useMemo(() => toFilter(form), [form]);
  const rows = useMemo(() => live.rows.filter((e) => matchesFilter(e, filter)), [live.rows, filter]);
  const query = historyQuery(form);

  return (
    <Screen>
      <header className="flex flex-wrap items-center gap-3">
        <ScreenTitle>Events</ScreenTitle>
        <span className="text-[13px] text-ink-muted">
          {rows.length} of {live.rows.length}
        </span>
        <span className={`text-[12px] ${status === "connected" ? "text-ink-muted" : "text-warning-ink"}`}>
          {live.paused ? "paused" : status === "connected" ? "live" : status}
        </span>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <button
            type="button"
            className={`${buttonClass("secondary")} inline-flex items-center gap-1.5`}
            aria-pressed={live.paused}
            onClick={() => live.pause(!live.paused)}
          >
            {live.paused ? <StartIcon className="size-3.5" /> : <PauseIcon className="size-3.5" />}
            {live.paused ? "Resume" : "Pause"}
            {live.paused && (
              <span role="status" className="rounded bg-warning-tint px-1.5 text-[11px] font-semibold text-warning-ink">
                {live.pending} new
              </span>
            )}
          </button>
          <button
            type="button"
            className={buttonClass("secondary")}
            disabled={rows.length === 0}
            onClick={() => downloadText(`berth-events-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl`, toJsonLines(rows), "application/x-ndjson")}
          >
            Export JSONL
          </button>
          <button type="button" className={buttonClass("secondary")} onClick={live.clear} disabled={live.rows.length === 0}>
            Clear
          </button>
        </div>
      </header>
      <p className="mt-1 text-[12px] text-ink-muted">
        What the engine reports as it happens. Filters apply to the rows below at once; with a Since time, Load history also asks the
        engine for that range. The page keeps the newest {EVENT_BUFFER_MAX.toLocaleString()} rows.
      </p>

      <div className="mt-4 rounded border border-line bg-surface p-3">
        <EventsFilters value={form} onChange={setForm} />
        <div className="mt-3 flex flex-wrap items-center gap-3 text-[12px]">
          <button type="button" className={buttonClass("primary")} disabled={!query || history.loading} onClick={() => query && void history.load(query)}>
            {history.loading ? "Loading…" : "Load history"}
          </button>
          {query && (
            <a href={`/api/events/export?${query}`} download className="font-semibold text-brand-dark hover:underline">
              Download range as JSONL
            </a>
          )}
          {!query && <span className="text-ink-faint">Set Since to load past events.</span>}
          {history.last && (
            <span role="status" className="text-ink-muted">
              Loaded {history.last.count} past event{history.last.count === 1 ? "" : "s"}
              {history.last.truncated && " (the first ones of the range only: narrow it to see the rest)"}.
              {history.last.horizon !== undefined && (
                <> The engine keeps only its last 256 events: nothing from before {new Date(history.last.horizon).toLocaleTimeString()} is left.</>
              )}
            </span>
          )}
          {history.error !== undefined && (
            <span role="alert" className="text-danger-ink">
              {errorMessage(history.error)}
            </span>
          )}
          <button type="button" className="ml-auto text-ink-muted hover:text-brand-dark" onClick={() => setForm(EMPTY_FILTER_FORM)}>
            Reset filters
          </button>
        </div>
      </div>

      <div className="mt-4 rounded border border-line bg-surface">
        {rows.length === 0 ? (
          <EmptyState title={live.rows.length ? "No event matches the filters" : "Waiting for events"}>
            {live.rows.length ? "Change or reset the filters." : "Start, stop or create something and it shows up here at once."}
          </EmptyState>
        ) : (
          <EventsTable rows={rows} />
        )}
      </div>
    </Screen>
  );
}

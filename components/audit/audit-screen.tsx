"use client";

import { useMemo, useState } from "react";
import { errorMessage } from "@/lib/browser/api/api-error";
import { formatDateTime } from "@/lib/browser/format-date";
import { useAudit } from "@/lib/browser/hooks/use-audit";
import { inputClass, TextField } from "@/components/ui/form-controls";
import { Screen, ScreenTitle } from "@/components/ui/screen";
import { CardTable, Cell } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";

interface Filters {
  actor: string;
  verb: string;
  resource: string;
  outcome: string;
}

const EMPTY: Filters = { actor: "", verb: "", resource: "", outcome: "" };

/** Who did what, when and from where: every mutation, sign-in and terminal session, newest first, live. */
export function AuditScreen() {
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const query = useMemo(() => new URLSearchParams(Object.entries(filters).filter(([, v]) => v.trim())).toString(), [filters]);
  const { rows, more, error } = useAudit(query);
  const filtered = Object.values(filters).some((v) => v.trim());
  const set = (key: keyof Filters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));

  return (
    <Screen>
      <header className="flex flex-wrap items-center gap-3">
        <ScreenTitle>Audit log</ScreenTitle>
        <a href={`/api/audit/export${query ? `?${query}` : ""}`} download className="ml-auto text-[13px] font-semibold text-brand-dark hover:underline">
          Export JSONL
        </a>
      </header>
      <p className="mt-1 text-[12px] text-ink-muted">
        Every change made through Berth, every terminal session and every sign-in, as it happens. Append-only; it never holds a password, token or
        environment value.
      </p>
      <div role="group" aria-label="Audit filters" className="mt-4 grid grid-cols-2 items-end gap-3 rounded border border-line bg-surface p-3 md:grid-cols-4">
        <TextField path="audit-actor" label="Who" placeholder="user name" value={filters.actor} onChange={set("actor")} />
        <TextField path="audit-verb" label="What" placeholder="DELETE, login, terminal…" value={filters.verb} onChange={set("verb")} />
        <TextField path="audit-resource" label="Resource" placeholder="container, path…" value={filters.resource} onChange={set("resource")} />
        <div className="min-w-0">
          <label htmlFor="audit-outcome" className="mb-1 block text-[12px] font-medium text-ink-muted">
            Outcome
          </label>
          <select id="audit-outcome" value={filters.outcome} onChange={(e) => set("outcome")(e.target.value)} className={inputClass}>
            <option value="">Any outcome</option>
            <option value="ok">ok</option>
            <option value="refused">refused</option>
            <option value="failed">failed</option>
          </select>
        </div>
      </div>
      {error !== undefined && (
        <p role="alert" className="mt-3 text-[13px] text-danger-ink">
          {errorMessage(error)}
        </p>
      )}
      {rows?.length === 0 ? (
        // An empty table's header row says nothing; say why there is nothing and what would show up.
        <div className="mt-4 rounded border border-line bg-surface">
          {filtered ? (
            <EmptyState title="No entry matches">Change or clear the filters above.</EmptyState>
          ) : (
            <EmptyState title="Nothing recorded yet">
              Changes made through Berth, terminal sessions and sign-ins appear here as they happen.
            </EmptyState>
          )}
        </div>
      ) : (
        <CardTable aria-label="Audit log" className="mt-4 w-full border-collapse rounded border border-line bg-surface text-[12px]">
          <thead>
            <tr className="border-b border-line text-left text-[11px] font-semibold tracking-wide text-ink-muted uppercase">
              <th className="px-2 py-2">When</th>
              <th className="px-2 py-2">Who</th>
              <th className="px-2 py-2">From</th>
              <th className="px-2 py-2">What</th>
              <th className="px-2 py-2">Resource</th>
              <th className="px-2 py-2">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {rows?.map((r) => (
              <tr key={r.id} className="border-b border-line last:border-0">
                <Cell label="When" className="whitespace-nowrap px-2 py-1 text-ink-muted">{formatDateTime(new Date(r.at))}</Cell>
                <Cell label="Who" className="px-2 py-1">
                  {r.actor}
                  {r.role ? <span className="ml-1 text-ink-faint">({r.role})</span> : null}
                </Cell>
                <Cell label="From" className="px-2 py-1 font-mono text-ink-muted">{r.address ?? ""}</Cell>
                <Cell label="What" className="px-2 py-1 font-mono">{r.verb}</Cell>
                <Cell label="Resource" className="px-2 py-1 font-mono break-all">{r.resource}</Cell>
                <Cell label="Outcome" className="px-2 py-1">
                  {r.outcome}
                  {r.status ? ` ${r.status}` : ""}
                  {r.detail ? <span className="ml-1 text-ink-faint">{r.detail}</span> : null}
                </Cell>
              </tr>
            ))}
          </tbody>
        </CardTable>
      )}
      {more && <p className="mt-3 text-[12px] text-ink-muted">Showing the newest {rows?.length} rows: narrow the filters, or export, to see the rest.</p>}
    </Screen>
  );
}

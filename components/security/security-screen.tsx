"use client";

import { rowButtonClass } from "@/components/ui/row-button";
import Link from "next/link";
import { Fragment, useMemo, useState } from "react";
import { errorMessage } from "@/lib/browser/api/api-error";
import { containerHref } from "@/lib/browser/paths/containers";
import { groupByProject, narrowReport } from "@/lib/shared/audit/audit";
import { CHECK_IDS, type CheckId, type Severity } from "@/lib/shared/audit/types";
import { useSecurity } from "@/lib/browser/hooks/use-security";
import { inputClass } from "@/components/ui/form-controls";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { WarningIcon } from "@/components/ui/icons";
import { FindingList } from "./finding-list";
import { IsolateDialog } from "./isolate-dialog";
import { SecuritySummary } from "./security-summary";
import { ShieldIcon } from "./severity";
import { Screen, ScreenTitle } from "@/components/ui/screen";
import { CardTable, Cell } from "@/components/ui/data-table";

/** Every container's findings, worst first; live through the container events that can change them. */
export function SecurityScreen() {
  const { report, error } = useSecurity();
  const [severity, setSeverity] = useState<Severity | "">("");
  const [check, setCheck] = useState<CheckId | "">("");
  const [isolating, setIsolating] = useState<string>();
  const shown = useMemo(
    // Unfiltered, clean containers are listed too ("No findings" is worth seeing); a filter lists matches only.
    () => (report && (severity || check) ? narrowReport(report, (f) => (!severity || f.severity === severity) && (!check || f.id === check)) : report),
    [report, severity, check],
  );

  return (
    <Screen>
      <header className="flex flex-wrap items-center gap-3">
        <ScreenTitle>Security</ScreenTitle>
        <div className="ml-auto flex items-center gap-2">
          <label htmlFor="sec-check" className="text-[12px] font-medium text-ink-muted">
            Check
          </label>
          <select id="sec-check" className={`${inputClass} w-52`} value={check} onChange={(e) => setCheck(e.target.value as CheckId | "")}>
            <option value="">All checks</option>
            {CHECK_IDS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          <label htmlFor="sec-severity" className="text-[12px] font-medium text-ink-muted">
            Severity
          </label>
          <select id="sec-severity" className={`${inputClass} w-32`} value={severity} onChange={(e) => setSeverity(e.target.value as Severity | "")}>
            <option value="">All</option>
            <option value="high">High</option>
            <option value="medium">Medium</option>
            <option value="low">Low</option>
          </select>
        </div>
      </header>
      <p className="mt-1 text-[12px] text-ink-muted">
        Checks every container&apos;s configuration for what hands it power over the host. Mounts are read from HostConfig.Binds,
        HostConfig.Mounts and the runtime mounts alike. Environment values never leave the server; only variable names are shown.
      </p>

      {error && !report ? (
        <div className="mt-4 rounded border border-line bg-surface">
          <EmptyState title="Could not run the audit" icon={<WarningIcon className="size-10 text-danger" />}>
            {errorMessage(error)}
          </EmptyState>
        </div>
      ) : !report || !shown ? (
        <div className="mt-4 space-y-2">
          <Skeleton className="h-16 w-full" />
          <Skeleton className="h-32 w-full" />
        </div>
      ) : (
        <>
          <div className="mt-4">
            <SecuritySummary report={report} selected={severity} onSelect={setSeverity} />
          </div>
          <div className="mt-4 rounded border border-line bg-surface">
            {shown.containers.length === 0 ? (
              <EmptyState title={report.containers.length ? "Nothing matches" : "No containers"} icon={<ShieldIcon className="size-10 text-ink-faint" />}>
                {report.containers.length ? "No container has a finding of this kind." : "There is nothing to audit yet."}
              </EmptyState>
            ) : (
              <CardTable className="w-full table-fixed text-left text-[13px]" aria-label="Containers and findings">
                <thead className="border-b border-line text-[11px] font-semibold tracking-wide text-ink-muted uppercase">
                  <tr>
                    <th className="w-56 px-3 py-2">Container</th>
                    <th className="px-3 py-2">Findings</th>
                    <th className="w-28 px-3 py-2">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {groupByProject(shown.containers).map((group) => (
                    <Fragment key={group.project ?? "\u0000standalone"}>
                      {/* Findings by Compose project; a screen with no stacks shows no group rows. */}
                      {shown.containers.some((c) => c.project) && (
                        <tr className="border-b border-line bg-pane">
                          <th colSpan={3} scope="rowgroup" className="px-3 py-1.5 text-[12px] font-semibold text-ink-muted">
                            {group.project ? `Stack ${group.project}` : "Standalone containers"} · {group.containers.length}
                          </th>
                        </tr>
                      )}
                      {group.containers.map((c) => (
                        <tr key={c.id} className="border-b border-line align-top last:border-0" data-container={c.name}>
                          <Cell className="px-3 py-2">
                            <Link href={containerHref(c.name)} prefetch={false} className="flex items-center gap-1.5 font-semibold text-ink hover:text-brand-dark">
                              <ShieldIcon severity={c.highest} className="size-4 shrink-0 text-ink-muted" />
                              <span className="truncate">{c.name}</span>
                            </Link>
                            <span className="block truncate pl-5.5 text-[11px] text-ink-muted" title={c.image}>
                              {c.image} · {c.state}
                            </span>
                          </Cell>
                          {/* No label on a phone card: the severity pills say what these are, and the titles get the width. */}
                          <Cell className="px-3 py-1">
                            {c.findings.length ? <FindingList findings={c.findings} /> : <span className="text-ink-faint">No findings</span>}
                          </Cell>
                          <Cell className="px-3 py-2 text-right">
                            <button
                              type="button"
                              aria-label={`Isolate ${c.name}`}
                              title="Move it onto a network of its own"
                              className={rowButtonClass("brand")}
                              onClick={() => setIsolating(c.name)}
                            >
                              Isolate
                            </button>
                          </Cell>
                        </tr>
                      ))}
                    </Fragment>
                  ))}
                </tbody>
              </CardTable>
            )}
          </div>
        </>
      )}
      {isolating && <IsolateDialog container={isolating} onClose={() => setIsolating(undefined)} />}
    </Screen>
  );
}

"use client";

import clsx from "clsx";
import { useSecurity } from "@/lib/hooks/use-security";
import type { ContainerAudit, SecurityReport } from "@/lib/security/audit/types";
import { SEVERITY_STYLE, ShieldIcon } from "./severity";

// One id → audit map per report, shared by every row: a lookup per row, not a scan.
const indexes = new WeakMap<SecurityReport, Map<string, ContainerAudit>>();

function auditFor(report: SecurityReport, id: string): ContainerAudit | undefined {
  let index = indexes.get(report);
  if (!index) {
    index = new Map(report.containers.map((c) => [c.id, c]));
    indexes.set(report, index);
  }
  return index.get(id);
}

/**
 * The list row's shield: how many findings and how bad the worst is. Every row reads the one report
 * (SWR shares the request), so the list costs one audit call, not one per row.
 */
export function ShieldBadge({ id, inverted }: { id: string; inverted?: boolean }) {
  const { report } = useSecurity();
  const audit = report && auditFor(report, id);
  if (!audit?.highest) return null;
  const n = audit.findings.length;
  const label = `${n} security finding${n === 1 ? "" : "s"}, worst ${SEVERITY_STYLE[audit.highest].label.toLowerCase()}`;
  return (
    <span role="img" aria-label={label} title={label} className={clsx("flex shrink-0 items-center gap-0.5 text-[11px] font-semibold", inverted ? "text-white" : "text-ink-muted")}>
      <ShieldIcon severity={audit.highest} className="size-3.5" />
      {n}
    </span>
  );
}

"use client";

import clsx from "clsx";
import { useSecuritySummary } from "@/lib/browser/hooks/use-security-summary";
import type { SecuritySummary } from "@/lib/shared/audit/types";
import { SEVERITY_STYLE, ShieldIcon } from "./severity";

type Entry = SecuritySummary["containers"][number];

// One id → entry map per summary, shared by every row: a lookup per row, not a scan.
const indexes = new WeakMap<SecuritySummary, Map<string, Entry>>();

function entryFor(summary: SecuritySummary, id: string): Entry | undefined {
  let index = indexes.get(summary);
  if (!index) {
    index = new Map(summary.containers.map((c) => [c.id, c]));
    indexes.set(summary, index);
  }
  return index.get(id);
}

/**
 * The list row's shield: how many findings and how bad the worst is. Every row reads the one summary
 * (SWR shares the request), so the list costs one small audit call, not one per row.
 */
export function ShieldBadge({ id, inverted }: { id: string; inverted?: boolean }) {
  const { summary } = useSecuritySummary();
  const audit = summary && entryFor(summary, id);
  if (!audit?.highest) return null;
  const n = audit.findings;
  const label = `${n} security finding${n === 1 ? "" : "s"}, worst ${SEVERITY_STYLE[audit.highest].label.toLowerCase()}`;
  return (
    <span role="img" aria-label={label} title={label} className={clsx("flex shrink-0 items-center gap-0.5 text-[11px] font-semibold", inverted ? "text-white" : "text-ink-muted")}>
      <ShieldIcon severity={audit.highest} className="size-3.5" />
      {n}
    </span>
  );
}

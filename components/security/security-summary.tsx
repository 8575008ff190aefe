import clsx from "clsx";
import { SEVERITIES, type SecurityReport, type Severity } from "@/lib/shared/audit/types";
import { SEVERITY_STYLE } from "./severity";

/** Findings by severity, and how many containers have any; each tile filters the table. */
export function SecuritySummary({ report, selected, onSelect }: { report: SecurityReport; selected: string; onSelect: (s: Severity | "") => void }) {
  return (
    <section aria-label="Summary" className="grid grid-cols-2 gap-3 md:grid-cols-4">
      {SEVERITIES.map((s) => (
        <button
          key={s}
          type="button"
          aria-pressed={selected === s}
          onClick={() => onSelect(selected === s ? "" : s)}
          className={clsx(
            "rounded border bg-surface px-4 py-3 text-left hover:border-brand",
            selected === s ? "border-brand ring-1 ring-brand" : "border-line",
          )}
        >
          <span className={clsx("block text-[26px] leading-none font-semibold", report.counts[s] ? SEVERITY_STYLE[s].text : "text-ink-faint")}>
            {report.counts[s]}
          </span>
          <span className="mt-1 block text-[11px] font-semibold tracking-wide text-ink-muted uppercase">{SEVERITY_STYLE[s].label} severity</span>
        </button>
      ))}
      <div className="rounded border border-line bg-surface px-4 py-3">
        <span className="block text-[26px] leading-none font-semibold text-ink">
          {report.affected}
          <span className="text-[15px] text-ink-faint"> / {report.containers.length}</span>
        </span>
        <span className="mt-1 block text-[11px] font-semibold tracking-wide text-ink-muted uppercase">Containers with findings</span>
      </div>
    </section>
  );
}

import clsx from "clsx";
import type { Severity } from "@/lib/shared/audit/types";

export const SEVERITY_STYLE: Record<Severity, { pill: string; text: string; label: string }> = {
  high: { pill: "bg-danger-fill text-white", text: "text-danger-ink", label: "High" },
  medium: { pill: "bg-warning text-on-warning", text: "text-warning-ink", label: "Medium" },
  low: { pill: "bg-line text-ink-muted", text: "text-ink-muted", label: "Low" },
};

export function SeverityPill({ severity, className }: { severity: Severity; className?: string }) {
  return (
    <span className={clsx("inline-block rounded px-1.5 py-px text-[10px] font-bold uppercase tracking-wide", SEVERITY_STYLE[severity].pill, className)}>
      {SEVERITY_STYLE[severity].label}
    </span>
  );
}

/** A small shield, filled in the worst severity's colour. */
export function ShieldIcon({ severity, className }: { severity?: Severity; className?: string }) {
  const fill = severity === "high" ? "var(--color-danger)" : severity === "medium" ? "var(--color-warning)" : severity === "low" ? "var(--color-ink-faint)" : "none";
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className={className}>
      <path d="M8 1.2 2.5 3.3v4.2c0 3.4 2.3 6 5.5 7.3 3.2-1.3 5.5-3.9 5.5-7.3V3.3L8 1.2Z" fill={fill} stroke="currentColor" strokeWidth="1.2" strokeLinejoin="round" />
    </svg>
  );
}

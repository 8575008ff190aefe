import type { Finding } from "@/lib/shared/audit/types";
import { SeverityPill } from "./severity";

/** Each finding a disclosure: the title at a glance, why it matters and the fix when opened. */
export function FindingList({ findings }: { findings: Finding[] }) {
  return (
    <ul className="divide-y divide-line" aria-label="Findings">
      {findings.map((f) => (
        <li key={f.id} data-check={f.id}>
          <details className="group py-1.5">
            <summary className="flex cursor-pointer list-none items-center gap-2 max-sm:break-normal text-[13px] marker:hidden">
              <span aria-hidden="true" className="text-[10px] text-ink-faint transition-transform group-open:rotate-90">
                ▶
              </span>
              <SeverityPill severity={f.severity} />
              {/* On a phone the title may wrap and the evidence waits in the opened finding: one line is too short for both. */}
              <span className="min-w-0 font-medium text-ink sm:shrink-0 sm:whitespace-nowrap">{f.title}</span>
              {f.evidence.length > 0 && <span className="min-w-0 truncate font-mono text-[11px] text-ink-muted max-sm:hidden">{f.evidence.join(", ")}</span>}
            </summary>
            <div className="mt-1.5 space-y-1.5 pl-6 text-[12px] text-ink-muted">
              <p>
                <span className="font-semibold text-ink">Why it matters: </span>
                {f.why}
              </p>
              <p>
                <span className="font-semibold text-ink">Fix: </span>
                {f.fix}
              </p>
              {f.evidence.length > 0 && (
                <ul className="list-inside list-disc font-mono text-[11px] break-all">
                  {f.evidence.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              )}
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}

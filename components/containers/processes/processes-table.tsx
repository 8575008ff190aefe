import type { ProcessList } from "@/lib/shared/types/stats";
import { TableScroll } from "@/components/ui/data-table";

// Columns whose values read better right-aligned.
const NUMERIC = new Set(["PID", "PPID", "%CPU", "%MEM", "VSZ", "RSS", "C", "UID", "NI", "PRI"]);

/** The `docker top` output as a table, one column per ps title. Engine text is rendered as text. */
export function ProcessesTable({ top }: { top: ProcessList }) {
  const last = top.titles.length - 1;
  return (
    <TableScroll className="rounded border border-line bg-surface">
      <table className="w-full border-collapse text-[12.5px]">
        <thead>
          <tr className="border-b border-line bg-pane text-left">
            {top.titles.map((title, i) => (
              <th
                key={`${title}-${i}`}
                scope="col"
                className={`px-3 py-1.5 text-[11px] font-semibold uppercase tracking-wide whitespace-nowrap text-ink-muted ${NUMERIC.has(title) ? "text-right" : ""}`}
              >
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top.processes.map((row, r) => (
            <tr key={r} className="border-b border-line last:border-b-0 hover:bg-hover">
              {row.map((cell, i) => (
                <td
                  key={i}
                  className={`px-3 py-1 align-top font-mono ${i === last ? "break-all" : "whitespace-nowrap"} ${NUMERIC.has(top.titles[i] ?? "") ? "text-right tabular-nums" : ""}`}
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

import type { ProtectedRow } from "@/lib/shared/cleanup/types";
import { KIND_NOUN } from "@/lib/shared/cleanup/preview-rows";

/** What `berth.protect=true` kept out, collapsed: the user sees why these are not offered. */
export function ProtectedList({ rows }: { rows: ProtectedRow[] }) {
  return (
    <details className="rounded border border-line bg-surface text-[13px]">
      <summary className="cursor-pointer px-3 py-2 font-semibold text-ink">
        Protected (kept) <span className="font-normal text-ink-muted">· {rows.length}</span>
      </summary>
      <p className="border-t border-line px-3 py-1.5 text-[12px] text-ink-muted">
        Resources labelled <code className="font-mono">berth.protect=true</code> are never offered, whatever the rules say.
      </p>
      {rows.length > 0 && (
        <ul aria-label="Protected" className="border-t border-line">
          {rows.map((r) => (
            <li key={`${r.kind}:${r.id}`} className="flex gap-3 border-b border-line px-3 py-1.5 last:border-0">
              <span className="w-20 shrink-0 text-ink-muted">{KIND_NOUN[r.kind]}</span>
              <span className="min-w-0 flex-1 truncate font-mono" title={r.name}>
                {r.name}
              </span>
              <span className="text-ink-muted">{r.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

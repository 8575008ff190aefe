import clsx from "clsx";
import type { ChangeKind } from "@/lib/shared/types/files";

const STYLE: Record<ChangeKind, { letter: string; className: string }> = {
  added: { letter: "A", className: "bg-running/15 text-running-ink border-running/40" },
  changed: { letter: "C", className: "bg-warning-tint text-warning-ink border-warning/50" },
  deleted: { letter: "D", className: "bg-danger/10 text-danger-ink border-danger/40" },
};

/** A/C/D as in `docker diff`, coloured; screen readers hear the word. */
export function ChangeBadge({ kind, decorative = false }: { kind: ChangeKind; decorative?: boolean }) {
  const s = STYLE[kind];
  return (
    <span
      title={kind}
      className={clsx("inline-flex size-4 shrink-0 items-center justify-center rounded-sm border text-[10px] font-bold", s.className)}
    >
      <span aria-hidden="true">{s.letter}</span>
      {!decorative && <span className="sr-only">{kind}</span>}
    </span>
  );
}

import clsx from "clsx";
import type { ContainerState } from "@/lib/shared/types/engine";
import { exitedWithError } from "@/components/containers/status-icon";

const TONES: Record<ContainerState, string> = {
  running: "bg-running/12 text-running-ink ring-running/30",
  paused: "bg-warning/15 text-warning-ink ring-warning/40",
  restarting: "bg-warning/15 text-warning-ink ring-warning/40",
  created: "bg-hover text-ink-muted ring-line",
  exited: "bg-hover text-ink-muted ring-line",
  removing: "bg-hover text-ink-faint ring-line",
  dead: "bg-danger/12 text-danger-ink ring-danger/30",
};

/** "running · Up 3 minutes", coloured by state (red for a non-zero exit). */
export function StatusPill({ state, status }: { state: ContainerState; status: string }) {
  const tone = exitedWithError(state, status) ? TONES.dead : TONES[state];
  return (
    <span
      className={clsx(
        "inline-flex max-w-full items-center gap-1.5 truncate rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset",
        tone,
      )}
      title={status}
    >
      <span className="font-semibold uppercase tracking-wide text-[10px]">{state}</span>
      {status && <span className="truncate">· {status}</span>}
    </span>
  );
}

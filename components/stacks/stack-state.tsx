import clsx from "clsx";

/** "running 3/4": green when all run, yellow when some do, grey when none. */
export function StackState({ running, total }: { running: number; total: number }) {
  const tone = total === 0 || running === 0 ? "text-ink-muted" : running === total ? "text-running-ink" : "text-warning-ink";
  return (
    <span className={clsx("whitespace-nowrap text-[13px] font-medium tabular-nums", tone)} aria-label={`running ${running} of ${total}`}>
      running {running}/{total}
    </span>
  );
}

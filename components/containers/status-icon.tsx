import clsx from "clsx";
import type { ContainerState } from "@/lib/shared/types/engine";
import { exitCodeFromStatus } from "@/lib/browser/containers/exit-code";

/** A non-zero exit is a failure worth colouring red; the summary only has it inside the status text. */
export function exitedWithError(state: ContainerState, status: string): boolean {
  return state === "exited" && (exitCodeFromStatus(status) ?? 0) !== 0;
}

/**
 * State at a glance, as in Kitematic. `inverted` draws everything white for the selected (blue) row.
 */
export function StatusIcon({
  state,
  status,
  inverted = false,
  className,
}: {
  state: ContainerState;
  status: string;
  inverted?: boolean;
  className?: string;
}) {
  const failed = exitedWithError(state, status);
  const tone = (colour: string) => (inverted ? "text-white" : colour);

  return (
    <svg
      role="img"
      aria-label={state}
      viewBox="0 0 20 20"
      className={clsx("size-5 shrink-0", state === "removing" && "opacity-40", className)}
    >
      <title>{failed ? `${state}: ${status}` : state}</title>
      {state === "running" && (
        <g className={tone("text-running")} fill="currentColor">
          <circle cx="10" cy="10" r="9" className="svg-center-origin motion-safe:animate-status-pulse" opacity="0.5" />
          <circle cx="10" cy="10" r="5" />
        </g>
      )}
      {state === "paused" && (
        <g>
          <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.5" className={tone("text-ink-faint")} />
          <g fill="currentColor" className={tone("text-warning")}>
            <rect x="6.8" y="6" width="2.4" height="8" rx="0.6" />
            <rect x="10.8" y="6" width="2.4" height="8" rx="0.6" />
          </g>
        </g>
      )}
      {state === "restarting" && (
        <g fill="none" strokeWidth="2" strokeLinecap="round">
          <circle cx="10" cy="10" r="7.5" stroke="currentColor" className={clsx(tone("text-line"), inverted && "opacity-40")} />
          <path
            d="M10 2.5a7.5 7.5 0 0 1 7.5 7.5"
            stroke="currentColor"
            className={clsx("svg-center-origin motion-safe:animate-spin", tone("text-warning"))}
          />
        </g>
      )}
      {state === "exited" && (
        <g className={tone(failed ? "text-danger" : "text-ink-faint")}>
          <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <rect x="6.5" y="6.5" width="7" height="7" rx="1.2" fill="currentColor" />
        </g>
      )}
      {state === "created" && (
        <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="1.8" className={tone("text-ink-faint")} />
      )}
      {state === "dead" && (
        <g className={tone("text-danger")} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
          <circle cx="10" cy="10" r="8" strokeWidth="1.5" />
          <path d="M7 7l6 6M13 7l-6 6" />
        </g>
      )}
      {state === "removing" && (
        <g className={tone("text-ink-faint")} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
          <circle cx="10" cy="10" r="7.5" strokeDasharray="3 3" />
          <path d="M7 10h6" />
        </g>
      )}
    </svg>
  );
}

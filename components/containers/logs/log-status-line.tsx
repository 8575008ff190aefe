import type { LogStreamStatus } from "@/lib/browser/hooks/use-log-stream";
import { MAX_ROWS } from "@/lib/browser/logs/log-buffer";

/** One line under the panel: what the stream is doing, and what the view is holding back. */
export function LogStatusLine({
  status,
  error,
  following,
  newWhilePaused,
  droppedOlder,
  onResume,
  running,
}: {
  status: LogStreamStatus;
  error?: string;
  following: boolean;
  newWhilePaused: number;
  droppedOlder: number;
  onResume: () => void;
  running: boolean;
}) {
  const fmt = (n: number) => n.toLocaleString("en-US");
  return (
    <div className="flex min-h-5 flex-wrap items-center gap-x-3 text-[12px] text-ink-muted" role="status">
      {status === "error" ? (
        <span className="text-danger-ink">Could not read the logs: {error}</span>
      ) : status === "ended" ? (
        <span>{running ? "Log stream ended." : "The container is not running; following starts again when it does."}</span>
      ) : status === "connecting" ? (
        <span>Connecting…</span>
      ) : following ? (
        <span>Following</span>
      ) : (
        <span>Paused</span>
      )}
      {!following && newWhilePaused > 0 && (
        <button type="button" onClick={onResume} className="font-medium text-brand-dark hover:underline">
          {fmt(newWhilePaused)} new {newWhilePaused === 1 ? "line" : "lines"} — resume
        </button>
      )}
      {droppedOlder > 0 && (
        <span>
          Showing the last {fmt(MAX_ROWS)} lines; {fmt(droppedOlder)} older {droppedOlder === 1 ? "line" : "lines"} not kept
          (download for all)
        </span>
      )}
    </div>
  );
}

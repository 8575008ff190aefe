import clsx from "clsx";
import type { SessionStatus } from "./use-terminal-session";

/** One line under the terminal saying what the session is doing, read out when it changes. */
export function TerminalStatus({ status }: { status: SessionStatus }) {
  const { text, tone } = describe(status);
  return (
    <p role="status" aria-live="polite" className="flex min-w-0 items-center gap-2 text-[13px]">
      <span
        aria-hidden="true"
        className={clsx("inline-block size-2 shrink-0 rounded-full", {
          "bg-running": tone === "ok",
          "bg-ink-faint": tone === "idle",
          "bg-danger": tone === "bad",
          "bg-warning": tone === "busy",
        })}
      />
      <span className={clsx("min-w-0 truncate", tone === "bad" ? "text-danger-ink" : "text-ink-muted")}>{text}</span>
    </p>
  );
}

function describe(status: SessionStatus): { text: string; tone: "ok" | "idle" | "bad" | "busy" } {
  switch (status.kind) {
    case "idle":
      return { text: "Not connected", tone: "idle" };
    case "connecting":
      return { text: "Connecting…", tone: "busy" };
    case "connected":
      return {
        text: `Connected: ${status.mode === "attach" ? "attached to the main process" : status.label}`,
        tone: "ok",
      };
    case "ended":
      return { text: status.reason, tone: status.failed || (status.exitCode ?? 0) !== 0 ? "bad" : "idle" };
    case "error":
      return { text: status.message, tone: "bad" };
  }
}

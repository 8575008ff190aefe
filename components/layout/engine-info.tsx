"use client";

import clsx from "clsx";
import { useEngineHealth } from "@/lib/browser/hooks/use-engine-health";
import { useLiveStatus } from "@/components/live/live-status";

const LIVE_TEXT = { connected: "Live", connecting: "Connecting…", disconnected: "Reconnecting…" } as const;

/** The top bar's right side: which engine, which version, and whether updates are live. */
export function EngineInfo() {
  const { health } = useEngineHealth();
  const live = useLiveStatus();

  return (
    <div className="flex min-w-0 items-center gap-4 text-xs text-ink-muted">
      {health && (
        <p className="hidden min-w-0 items-center gap-1.5 overflow-hidden xl:flex" title={health.message ?? health.endpoint}>
          <span
            aria-hidden="true"
            className={clsx("size-2 shrink-0 rounded-full", health.reachable ? "bg-running" : "bg-danger")}
          />
          <span className="truncate font-mono">{health.endpoint}</span>
          {health.reachable && health.version && (
            <span className="shrink-0 whitespace-nowrap">· Docker {health.version}</span>
          )}
          {!health.reachable && <span className="shrink-0 whitespace-nowrap">· unreachable</span>}
        </p>
      )}
      <p
        className="flex shrink-0 items-center gap-1.5"
        title={live === "connected" ? "Changes appear as they happen" : "Live updates paused: data may be stale"}
      >
        <span
          aria-hidden="true"
          className={clsx(
            "size-1.5 rounded-full",
            live === "connected" ? "bg-brand" : live === "connecting" ? "bg-ink-faint" : "bg-warning",
          )}
        />
        {LIVE_TEXT[live]}
      </p>
    </div>
  );
}

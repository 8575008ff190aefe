"use client";

import clsx from "clsx";
import { useEngineHealth } from "@/lib/browser/hooks/use-engine-health";
import { useLiveStatus } from "@/components/live/live-status";

const LIVE_TEXT = { connected: "Live", connecting: "Connecting…", disconnected: "Reconnecting…" } as const;

/** The top bar's engine: which one and which version (from 1280 px; it gives way to the links below that). */
export function EngineInfo() {
  const { health } = useEngineHealth();
  if (!health) return null;
  return (
    <p className="hidden min-w-0 items-center gap-1.5 overflow-hidden text-xs text-ink-muted xl:flex" title={health.message ?? health.endpoint}>
      <span aria-hidden="true" className={clsx("size-2 shrink-0 rounded-full", health.reachable ? "bg-running" : "bg-danger")} />
      {/* The address only where there is room for it (it is in the title too): squeezed beside the links it used to
          shrink to nothing and leave "· Docker 20.10.…" clipped. */}
      <span className="hidden truncate font-mono 2xl:inline">{health.endpoint} ·</span>
      {health.reachable && health.version && <span className="truncate whitespace-nowrap">Docker {health.version}</span>}
      {!health.reachable && <span className="truncate whitespace-nowrap">unreachable</span>}
    </p>
  );
}

/**
 * Whether updates are live. Its own item of the bar, never shrunk: the engine's address beside it truncates, this
 * must stay whole (it was once clipped to "Liv" by the address's overflow box).
 */
export function LiveIndicator({ className }: { className?: string }) {
  const live = useLiveStatus();
  return (
    <p
      className={clsx("shrink-0 items-center gap-1.5 whitespace-nowrap text-xs text-ink-muted", className)}
      title={live === "connected" ? "Changes appear as they happen" : "Live updates paused: data may be stale"}
    >
      <span
        aria-hidden="true"
        className={clsx("size-1.5 rounded-full", live === "connected" ? "bg-brand" : live === "connecting" ? "bg-ink-faint" : "bg-warning")}
      />
      {LIVE_TEXT[live]}
    </p>
  );
}

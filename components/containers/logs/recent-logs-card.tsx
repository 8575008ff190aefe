"use client";

import Link from "next/link";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { containerHref } from "@/lib/browser/paths/containers";
import { useLogStream } from "@/lib/browser/hooks/use-log-stream";
import { Card } from "@/components/ui/card";
import { LogRowView } from "./log-row";
import { LogViewport } from "./log-viewport";

/** Kitematic's Home logs widget: the last lines, following, read-only; the Logs tab does the rest. */
export function RecentLogsCard({ container }: { container: ContainerDetail }) {
  const stream = useLogStream({
    container: container.id,
    tail: 50,
    paused: false,
    startedAt: container.startedAt,
    finishedAt: container.finishedAt,
    running: container.state === "running",
  });
  return (
    <Card
      title="Recent logs"
      action={
        <Link href={`${containerHref(container.name)}?tab=logs`} className="text-xs font-medium text-brand-dark hover:underline">
          Open logs
        </Link>
      }
    >
      <div className="-mx-1 flex h-56 flex-col">
        <LogViewport
          label="Recent logs"
          rows={stream.rows}
          rowHeight={17}
          fontSize={11}
          follow
          onScrollUp={() => {}}
          renderRow={(row) => <LogRowView row={row} search={null} showTs={false} />}
          empty={stream.status === "error" ? `Could not read the logs: ${stream.error}` : stream.status === "connecting" ? "Loading logs…" : "No log lines yet."}
        />
      </div>
    </Card>
  );
}

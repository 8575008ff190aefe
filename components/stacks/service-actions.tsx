"use client";

import Link from "next/link";
import { useState } from "react";
import type { StackService } from "@/lib/shared/types/stacks";
import { runServiceAction } from "@/lib/browser/api/stack-actions";
import { useAction } from "@/lib/browser/hooks/use-action";
import { containerHref } from "@/lib/browser/paths/containers";
import { rowButtonClass } from "@/components/ui/row-button";

/** Per service: scale to n replicas, restart, and its logs. Scale and restart need the project's files. */
export function ServiceActions({ stack, service, canRun }: { stack: string; service: StackService; canRun: boolean }) {
  const [replicas, setReplicas] = useState(String(service.total));
  const { busy, error, run } = useAction();
  const first = service.containers.find((c) => !c.oneoff) ?? service.containers[0];
  return (
    <div className="flex flex-wrap items-center justify-end gap-1.5">
      {canRun && (
        <>
          <label className="flex items-center gap-1 text-[12px] text-ink-muted">
            Replicas
            <input
              type="number"
              min={0}
              max={100}
              value={replicas}
              onChange={(e) => setReplicas(e.target.value)}
              aria-label={`Replicas of ${service.name}`}
              className="w-14 rounded border border-line px-1 py-0.5 text-[12px] text-ink"
            />
          </label>
          <button
            type="button"
            disabled={busy}
            className={rowButtonClass()}
            aria-label={`Scale ${service.name}`}
            onClick={() => void run(() => runServiceAction(stack, service.name, "scale", Number(replicas)))}
          >
            Scale
          </button>
          <button
            type="button"
            disabled={busy}
            className={rowButtonClass()}
            aria-label={`Restart ${service.name}`}
            onClick={() => void run(() => runServiceAction(stack, service.name, "restart"))}
          >
            Restart
          </button>
        </>
      )}
      {first && (
        <Link href={`${containerHref(first.name)}?tab=logs`} className={rowButtonClass()} aria-label={`Logs of ${service.name}`}>
          Logs
        </Link>
      )}
      {error && (
        <p role="alert" className="w-full text-right text-[12px] text-danger-ink">
          {error}
        </p>
      )}
    </div>
  );
}

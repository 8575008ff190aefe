"use client";

import { useEngineHealth } from "@/lib/browser/hooks/use-engine-health";
import { WarningIcon } from "@/components/ui/icons";

/** Full-width warning while the engine is away; goes by itself when health is pushed back. */
export function EngineBanner() {
  const { health } = useEngineHealth();
  if (!health || health.reachable) return null;

  return (
    <div role="alert" className="flex items-start gap-2.5 border-b border-warning bg-warning-tint px-4 py-2 text-warning-ink">
      <WarningIcon className="mt-0.5 size-4 shrink-0 text-danger" />
      <div className="min-w-0">
        <p className="text-[13px] font-semibold">
          Docker engine not reachable at {health.endpoint}: start Docker or set DOCKER_HOST
        </p>
        {health.message && <p className="mt-0.5 break-words font-mono text-xs opacity-80">{health.message}</p>}
        <p className="mt-0.5 text-xs">
          No Docker here? <code className="font-mono">npm run demo</code> starts a throw-away engine with a sample workload.
        </p>
      </div>
    </div>
  );
}

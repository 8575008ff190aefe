"use client";

import Link from "next/link";
import { isEngineUnreachable, errorMessage } from "@/lib/browser/api/api-error";
import { useContainers } from "@/lib/browser/hooks/use-containers";
import { useEngineHealth } from "@/lib/browser/hooks/use-engine-health";
import { EmptyState } from "@/components/ui/empty-state";
import { WallTile } from "@/components/wall/wall-tile";

/**
 * Read-only on purpose: no verbs, no links into a container, so a shared screen cannot be used to act. The list is
 * the same event-patched one the sidebar shows; figures come over the existing stats channel (no polling).
 */
export function WallScreen() {
  const { containers, error } = useContainers();
  const { health } = useEngineHealth();
  const running = containers?.filter((c) => c.state === "running").length ?? 0;

  let body;
  if (health?.reachable === false || isEngineUnreachable(error)) body = <EmptyState title="Engine not reachable">The wall fills again once Docker is back.</EmptyState>;
  else if (error) body = <EmptyState title="Could not load containers">{errorMessage(error)}</EmptyState>;
  else if (!containers) body = <p className="p-6 text-[18px] text-ink-muted">Loading containers…</p>;
  else if (containers.length === 0) body = <EmptyState title="No containers">Containers appear here as soon as they are created.</EmptyState>;
  else
    body = (
      <ul aria-label="Containers" className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,18rem),1fr))] gap-4">
        {containers.map((c) => (
          <WallTile key={c.id} container={c} />
        ))}
      </ul>
    );

  return (
    <section aria-label="Wall screen" className="min-h-0 flex-1 overflow-y-auto bg-pane p-4 sm:p-6">
      <header className="mb-4 flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="text-[28px] font-semibold text-ink">Wall</h1>
        {containers && (
          <p className="text-[18px] text-ink-muted tabular-nums">
            {running} of {containers.length} running
          </p>
        )}
        <Link href="/containers" className="ml-auto text-[14px] font-medium text-brand-dark hover:underline">
          Leave wall screen
        </Link>
      </header>
      {body}
    </section>
  );
}

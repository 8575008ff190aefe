"use client";

import { useEffect, useRef } from "react";
import { isEngineUnreachable } from "@/lib/browser/api/api-error";
import { readRememberedContainer } from "@/lib/browser/containers/remembered-container";
import { useContainers } from "@/lib/browser/hooks/use-containers";
import { useEngineHealth } from "@/lib/browser/hooks/use-engine-health";
import { useSelection } from "@/components/containers/container-selection";
import { HELLO_COMMAND } from "@/components/containers/container-list-states";
import { CardsSkeleton } from "@/components/containers/pane-skeleton";
import { EmptyState } from "@/components/ui/empty-state";
import { WarningIcon } from "@/components/ui/icons";
import { isPhoneWidth } from "@/lib/browser/phone-width";

/** "/" and "/containers": reopen the last container the user looked at, else the first one. */
export function ContainerIndex() {
  const { containers, error } = useContainers();
  const { health } = useEngineHealth();
  const { select } = useSelection();
  const chosen = useRef(false);

  useEffect(() => {
    if (chosen.current || !containers?.length) return;
    // On a phone the bare list is the first step: opening a container is the user's choice, not ours.
    if (isPhoneWidth()) return;
    const remembered = readRememberedContainer();
    const target = containers.find((c) => c.id === remembered) ?? containers[0];
    if (!target) return;
    chosen.current = true;
    select(target.name, { replace: true });
  }, [containers, select]);

  let body;
  if (health?.reachable === false || isEngineUnreachable(error)) {
    body = (
      <EmptyState title="Engine not reachable" icon={<WarningIcon className="size-10 text-danger" />}>
        Containers show up here once Docker is running again.
      </EmptyState>
    );
  } else if (containers?.length === 0) {
    body = (
      <EmptyState title="No container selected">
        <p>There are no containers on this engine yet. Try:</p>
        <code className="mt-2 inline-block rounded bg-panel px-2 py-1 font-mono text-xs text-white">{HELLO_COMMAND}</code>
      </EmptyState>
    );
  } else if (error) {
    body = <EmptyState title="Could not load containers">{error.message}</EmptyState>;
  } else {
    body = <CardsSkeleton />;
  }

  return (
    <section aria-label="Container details" className="flex min-h-0 flex-1 flex-col overflow-y-auto">
      {body}
    </section>
  );
}

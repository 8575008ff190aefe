"use client";

import { useEffect, useState, type ReactNode } from "react";
import { errorMessage, isEngineUnreachable, isNotFound } from "@/lib/client/api-error";
import { findByRef } from "@/lib/client/container-match";
import { rememberContainer } from "@/lib/client/remembered-container";
import { useContainer } from "@/lib/hooks/use-container";
import { useContainers } from "@/lib/hooks/use-containers";
import { ContainerHeader } from "@/components/containers/container-header";
import { ContainerToolbar } from "@/components/containers/container-toolbar";
import { ContainerTabs, useTabIds, type ContainerTab } from "@/components/containers/container-tabs";
import { ContainerGone } from "@/components/containers/container-gone";
import { CardsSkeleton, HeaderSkeleton } from "@/components/containers/pane-skeleton";
import { HomeTab } from "@/components/containers/home/home-tab";
import { EmptyState } from "@/components/ui/empty-state";
import { WarningIcon } from "@/components/ui/icons";

/** The right pane for one container: header, toolbar, tabs. */
export function ContainerPane({ idOrName }: { idOrName: string }) {
  const { containers } = useContainers();
  const { container: detail, error } = useContainer(idOrName);
  const [tab, setTab] = useState<ContainerTab>("Home");
  const tabIds = useTabIds();

  // The list row is usually already loaded: show the header and toolbar from it at once.
  const summary = findByRef(containers ?? [], idOrName);
  const gone = isNotFound(error);
  const current = gone ? undefined : (detail ?? summary);

  useEffect(() => {
    if (current?.id) rememberContainer(current.id);
  }, [current?.id]);

  if (gone) {
    return (
      <Pane>
        {/* SWR keeps the last data after an error: having had some means it was removed under us. */}
        <ContainerGone name={detail?.name ?? idOrName} removed={detail !== undefined} />
      </Pane>
    );
  }

  if (error && !current) {
    const down = isEngineUnreachable(error);
    return (
      <Pane>
        <EmptyState
          title={down ? "Engine not reachable" : "Could not load this container"}
          icon={<WarningIcon className="size-10 text-danger" />}
        >
          {down ? "Details show up here once Docker is running again." : errorMessage(error)}
        </EmptyState>
      </Pane>
    );
  }

  return (
    <Pane>
      <header className="shrink-0 border-b border-line bg-white px-5 pt-4">
        {current ? <ContainerHeader container={current} /> : <HeaderSkeleton />}
        <div className="mt-3">{current && <ContainerToolbar container={current} />}</div>
        <div className="mt-2">
          <ContainerTabs value={tab} onChange={setTab} ids={tabIds} />
        </div>
      </header>
      <div
        role="tabpanel"
        id={tabIds(tab).panel}
        aria-labelledby={tabIds(tab).tab}
        className="min-h-0 flex-1 overflow-y-auto"
      >
        {tab === "Settings" ? (
          <EmptyState title="Settings are coming soon">
            Name, environment, ports, volumes, networks and restart policy will be editable here.
          </EmptyState>
        ) : detail ? (
          <HomeTab container={detail} />
        ) : (
          <CardsSkeleton />
        )}
      </div>
    </Pane>
  );
}

function Pane({ children }: { children: ReactNode }) {
  return (
    <section aria-label="Container details" className="flex min-h-0 flex-1 flex-col">
      {children}
    </section>
  );
}

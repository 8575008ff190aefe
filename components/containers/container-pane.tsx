"use client";

import Link from "next/link";
import { ChevronLeft } from "lucide-react";
import { useEffect, type ReactNode } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { verbApplies } from "@/lib/shared/containers/verbs";
import { useContainerShortcuts } from "@/lib/browser/hooks/use-container-shortcuts";
import { useContainerActions } from "@/components/containers/container-actions-provider";
import { errorMessage, isEngineUnreachable, isNotFound } from "@/lib/browser/api/api-error";
import { findByRef } from "@/lib/browser/containers/container-match";
import { rememberContainer } from "@/lib/browser/containers/remembered-container";
import { useContainer } from "@/lib/browser/hooks/use-container";
import { useContainers } from "@/lib/browser/hooks/use-containers";
import { useFavourites } from "@/lib/browser/hooks/use-favourites";
import { ContainerHeader } from "@/components/containers/container-header";
import { ContainerToolbar } from "@/components/containers/container-toolbar";
import { ContainerTabs, useTabIds } from "@/components/containers/container-tabs";
import { CONTAINER_TABS, toContainerTab, type ContainerTab } from "@/components/containers/container-tab-list";
import { ContainerGone } from "@/components/containers/container-gone";
import { CardsSkeleton, HeaderSkeleton } from "@/components/containers/pane-skeleton";
import { EmptyState } from "@/components/ui/empty-state";
import { WarningIcon } from "@/components/ui/icons";

/** The right pane for one container: header, toolbar, tabs. */
export function ContainerPane({ idOrName }: { idOrName: string }) {
  const { containers } = useContainers();
  const { container: detail, error } = useContainer(idOrName);
  const tabIds = useTabIds();
  const router = useRouter();
  const pathname = usePathname();
  const tab = toContainerTab(useSearchParams().get("tab"));
  const setTab = (next: ContainerTab) => router.replace(next === "home" ? pathname : `${pathname}?tab=${next}`, { scroll: false });
  const { busy, run } = useContainerActions();
  const { toggle: toggleFavourite } = useFavourites();

  // The list row is usually already loaded: show the header and toolbar from it at once.
  const summary = findByRef(containers ?? [], idOrName);
  const gone = isNotFound(error);
  const current = gone ? undefined : (detail ?? summary);

  useEffect(() => {
    if (current?.id) rememberContainer(current.id);
  }, [current?.id]);

  useContainerShortcuts({
    "container.start-stop": () => {
      if (!current || busy[current.id]) return;
      if (verbApplies("start", current.state)) run(current, "start");
      else if (verbApplies("stop", current.state)) run(current, "stop");
    },
    "container.restart": () => {
      if (current && !busy[current.id] && verbApplies("restart", current.state)) run(current, "restart");
    },
    "container.logs": () => setTab("logs"),
    "container.terminal": () => setTab("terminal"),
    "container.favourite": () => {
      if (current) toggleFavourite(current.name);
    },
  });

  const Panel = CONTAINER_TABS.find((t) => t.id === tab)!.Panel;

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
      <header className="shrink-0 border-b border-line bg-surface px-3 pt-3 sm:px-5 sm:pt-4">
        {/* A phone shows the list or one container: this is the way back to the list. */}
        <Link href="/containers" className="mb-2 inline-flex items-center gap-1 text-[13px] font-medium text-brand-dark sm:hidden">
          <ChevronLeft aria-hidden="true" className="size-4" />
          Containers
        </Link>
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
        {detail ? <Panel container={detail} /> : <CardsSkeleton />}
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

"use client";

import clsx from "clsx";
import type { ReactNode } from "react";
import { usePathname } from "next/navigation";
import { ContainerSelectionProvider } from "@/components/containers/container-selection";
import { ContainerActionsProvider } from "@/components/containers/container-actions-provider";
import { ContainerSidebar } from "@/components/containers/container-sidebar";
import { ExitToasts } from "@/components/containers/exit-toasts";
import { useSelection } from "@/components/containers/container-selection";

/**
 * The containers screen around its right pane. It sits in the containers layout so the sidebar
 * (its filter text, its scroll position) survives moving from one container to the next.
 */
export function ContainersShell({ children }: { children: ReactNode }) {
  return (
    <ContainerSelectionProvider>
      <ContainerActionsProvider>
        <ExitToasts />
        <TwoSteps>{children}</TwoSteps>
      </ContainerActionsProvider>
    </ContainerSelectionProvider>
  );
}

/** Side by side from 640 px; below, the list alone until a container (or + New) is chosen, then that alone. */
function TwoSteps({ children }: { children: ReactNode }) {
  const { selectedRef } = useSelection();
  const pathname = usePathname();
  // The create form is a step of its own too: on a phone "+ New" must show it, not the list again.
  const detail = selectedRef !== undefined || pathname === "/new";
  return (
    <div className="flex min-h-0 min-w-0 flex-1">
      <div className={clsx("min-h-0 w-full sm:flex sm:w-auto", detail ? "hidden" : "flex")}>
        <ContainerSidebar />
      </div>
      <div className={clsx("min-w-0 flex-1 flex-col bg-pane sm:flex", detail ? "flex" : "hidden")}>{children}</div>
    </div>
  );
}

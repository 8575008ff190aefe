"use client";

import type { ReactNode } from "react";
import { ContainerSelectionProvider } from "@/components/containers/container-selection";
import { ContainerActionsProvider } from "@/components/containers/container-actions-provider";
import { ContainerSidebar } from "@/components/containers/container-sidebar";
import { ExitToasts } from "@/components/containers/exit-toasts";

/**
 * The containers screen around its right pane. It sits in the containers layout so the sidebar
 * (its filter text, its scroll position) survives moving from one container to the next.
 */
export function ContainersShell({ children }: { children: ReactNode }) {
  return (
    <ContainerSelectionProvider>
      <ContainerActionsProvider>
        <div className="flex min-h-0 min-w-0 flex-1">
          <ContainerSidebar />
          <ExitToasts />
          <div className="flex min-w-0 flex-1 flex-col bg-pane">{children}</div>
        </div>
      </ContainerActionsProvider>
    </ContainerSelectionProvider>
  );
}

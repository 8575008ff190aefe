"use client";

import type { ContainerDetail } from "@/lib/shared/types/engine";
import { EmptyState } from "@/components/ui/empty-state";
import { TerminalConsole } from "./terminal-console";

/** A shell in the container, or its main process attached — for running containers only. */
export function TerminalTab({ container }: { container: ContainerDetail }) {
  if (container.state === "paused") {
    return (
      <EmptyState title="The container is paused">
        Unpause {container.name} to open a terminal in it: a paused container runs no commands.
      </EmptyState>
    );
  }
  if (container.state !== "running") {
    return (
      <EmptyState title="The terminal needs a running container">
        {container.name} is {container.state}. Start it to run a shell in it or attach to its main process.
      </EmptyState>
    );
  }
  return <TerminalConsole container={container} />;
}

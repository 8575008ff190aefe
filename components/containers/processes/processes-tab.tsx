"use client";

import type { ContainerDetail } from "@/lib/docker/types";
import { EmptyState } from "@/components/ui/empty-state";

// Placeholder until this tab is built.
export function ProcessesTab({ container }: { container: ContainerDetail }) {
  return <EmptyState title="Processes are not built yet">{container.name}</EmptyState>;
}

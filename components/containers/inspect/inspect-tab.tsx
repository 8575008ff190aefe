"use client";

import type { ContainerDetail } from "@/lib/docker/types";
import { EmptyState } from "@/components/ui/empty-state";

// Placeholder until this tab is built.
export function InspectTab({ container }: { container: ContainerDetail }) {
  return <EmptyState title="Inspect is not built yet">{container.name}</EmptyState>;
}

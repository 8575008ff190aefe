import type { ReactNode } from "react";
import { ContainersShell } from "@/components/containers/containers-shell";

// A layout, not part of each page: the sidebar keeps its filter and scroll while the pane changes.
export default function ContainersLayout({ children }: { children: ReactNode }) {
  return <ContainersShell>{children}</ContainersShell>;
}

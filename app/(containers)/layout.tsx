import type { ReactNode } from "react";
import { ContainersShell } from "@/components/containers/containers-shell";

// A layout, not part of each page: the sidebar keeps its filter and scroll (and its fetched list) while the pane
// changes, from home (`/`) to /containers and /containers/<name>.
export default function ContainersLayout({ children }: { children: ReactNode }) {
  return <ContainersShell>{children}</ContainersShell>;
}

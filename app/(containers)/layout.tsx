import type { ReactNode } from "react";
import { preload } from "react-dom";
import { ContainersShell } from "@/components/containers/containers-shell";
import { CONTAINERS_KEY } from "@/lib/browser/paths/containers";

// A layout, not part of each page: the sidebar keeps its filter and scroll (and its fetched list) while the pane
// changes, from home (`/`) to /containers and /containers/<name>.
export default function ContainersLayout({ children }: { children: ReactNode }) {
  // The list is asked for from the page's <head>, while the scripts download: at 5,000 containers a new tab's code
  // took ~700 ms to run before the sidebar's own preload (use-containers.ts) could ask. The hook's request is
  // answered by this one (same URL, mode and credentials: `crossOrigin: "anonymous"` is fetch()'s same-origin).
  preload(CONTAINERS_KEY, { as: "fetch", crossOrigin: "anonymous" });
  return <ContainersShell>{children}</ContainersShell>;
}

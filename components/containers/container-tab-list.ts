import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { HomeTab } from "@/components/containers/home/home-tab";
import { CardsSkeleton } from "@/components/containers/pane-skeleton";

type Panel = ComponentType<{ container: ContainerDetail }>;

// Home is what a container opens on; every other tab is its own chunk, fetched when it is first opened, so xterm
// (Terminal), uPlot (Stats) and the JSON tree (Inspect) are not in every page's first load.
const later = (load: () => Promise<Panel>): Panel => dynamic(load, { loading: CardsSkeleton });

// The views of one container, in tab order. The id is the `?tab=` value in the URL, so a reload or a
// shared link opens the same view.
export const CONTAINER_TABS = [
  { id: "home", label: "Home", Panel: HomeTab },
  { id: "logs", label: "Logs", Panel: later(() => import("@/components/containers/logs/logs-tab").then((m) => m.LogsTab)) },
  { id: "terminal", label: "Terminal", Panel: later(() => import("@/components/containers/terminal/terminal-tab").then((m) => m.TerminalTab)) },
  { id: "stats", label: "Stats", Panel: later(() => import("@/components/containers/stats/stats-tab").then((m) => m.StatsTab)) },
  { id: "processes", label: "Processes", Panel: later(() => import("@/components/containers/processes/processes-tab").then((m) => m.ProcessesTab)) },
  { id: "inspect", label: "Inspect", Panel: later(() => import("@/components/containers/inspect/inspect-tab").then((m) => m.InspectTab)) },
  { id: "files", label: "Files", Panel: later(() => import("@/components/containers/files/files-tab").then((m) => m.FilesTab)) },
  { id: "settings", label: "Settings", Panel: later(() => import("@/components/containers/settings/settings-tab").then((m) => m.SettingsTab)) },
] as const satisfies readonly { id: string; label: string; Panel: Panel }[];

export type ContainerTab = (typeof CONTAINER_TABS)[number]["id"];

export function toContainerTab(value: string | null | undefined): ContainerTab {
  return CONTAINER_TABS.find((t) => t.id === value)?.id ?? "home";
}

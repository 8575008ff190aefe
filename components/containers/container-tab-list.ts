import type { ComponentType } from "react";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { HomeTab } from "@/components/containers/home/home-tab";
import { LogsTab } from "@/components/containers/logs/logs-tab";
import { TerminalTab } from "@/components/containers/terminal/terminal-tab";
import { StatsTab } from "@/components/containers/stats/stats-tab";
import { ProcessesTab } from "@/components/containers/processes/processes-tab";
import { InspectTab } from "@/components/containers/inspect/inspect-tab";
import { FilesTab } from "@/components/containers/files/files-tab";
import { SettingsTab } from "@/components/containers/settings/settings-tab";

// The views of one container, in tab order. The id is the `?tab=` value in the URL, so a reload or a
// shared link opens the same view.
export const CONTAINER_TABS = [
  { id: "home", label: "Home", Panel: HomeTab },
  { id: "logs", label: "Logs", Panel: LogsTab },
  { id: "terminal", label: "Terminal", Panel: TerminalTab },
  { id: "stats", label: "Stats", Panel: StatsTab },
  { id: "processes", label: "Processes", Panel: ProcessesTab },
  { id: "inspect", label: "Inspect", Panel: InspectTab },
  { id: "files", label: "Files", Panel: FilesTab },
  { id: "settings", label: "Settings", Panel: SettingsTab },
] as const satisfies readonly { id: string; label: string; Panel: ComponentType<{ container: ContainerDetail }> }[];

export type ContainerTab = (typeof CONTAINER_TABS)[number]["id"];

export function toContainerTab(value: string | null | undefined): ContainerTab {
  return CONTAINER_TABS.find((t) => t.id === value)?.id ?? "home";
}

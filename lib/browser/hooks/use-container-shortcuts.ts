import type { ShortcutId } from "@/lib/shared/keyboard/shortcuts";
import { useShortcuts } from "./use-shortcuts";

type ContainerShortcut = Extract<ShortcutId, `container.${string}`>;

/** The container screen's single-key shortcuts (s start/stop, r restart, l logs, t terminal, f star). */
export function useContainerShortcuts(handlers: Partial<Record<ContainerShortcut, () => void>>): void {
  useShortcuts(handlers);
}

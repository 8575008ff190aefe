// THE list of Berth's keyboard shortcuts: the handlers (lib/browser/hooks/use-shortcuts.ts, the list's arrow keys, the
// terminal's copy/paste) match keys through it and the help dialog on "?" lists it, so the two cannot drift apart.

export type ShortcutScope = "anywhere" | "containers" | "container" | "list" | "terminal";

export interface Shortcut {
  /** The key as `KeyboardEvent.key` reports it ("k", "?", "ArrowDown"). */
  key: string;
  /** Ctrl on Linux/Windows, ⌘ on a Mac. */
  mod?: boolean;
  /** Only for keys whose `key` does not already say it ("?" does; Ctrl+Shift+C does not). */
  shift?: boolean;
  scope: ShortcutScope;
  description: string;
  /** Works while typing in a field (the palette's toggle); other shortcuts leave typed keys alone. */
  inFields?: boolean;
}

export const SHORTCUTS = {
  "palette.open": { key: "k", mod: true, scope: "anywhere", description: "Open the command palette", inFields: true },
  "help.open": { key: "?", scope: "anywhere", description: "Show the keyboard shortcuts" },
  "dialog.close": { key: "Escape", scope: "anywhere", description: "Close a dialog, the palette or the task centre" },
  "filter.focus": { key: "/", scope: "containers", description: "Focus the container filter" },
  "list.down": { key: "ArrowDown", scope: "list", description: "Next container" },
  "list.up": { key: "ArrowUp", scope: "list", description: "Previous container" },
  "list.first": { key: "Home", scope: "list", description: "First container" },
  "list.last": { key: "End", scope: "list", description: "Last container" },
  "container.start-stop": { key: "s", scope: "container", description: "Start or stop the container" },
  "container.restart": { key: "r", scope: "container", description: "Restart the container" },
  "container.logs": { key: "l", scope: "container", description: "Show its logs" },
  "container.terminal": { key: "t", scope: "container", description: "Open its terminal" },
  "container.favourite": { key: "f", scope: "container", description: "Star or unstar it (starred ones are pinned first)" },
  "terminal.copy": { key: "c", mod: true, shift: true, scope: "terminal", description: "Copy the selection" },
  "terminal.paste": { key: "v", mod: true, shift: true, scope: "terminal", description: "Paste" },
} as const satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

export const SCOPE_TITLES: Record<ShortcutScope, string> = {
  anywhere: "Anywhere",
  containers: "Containers screen",
  list: "Container list (when a row has focus)",
  container: "Selected container",
  terminal: "Terminal",
};

/** What the help shows, on a Mac or not: "Ctrl K" / "⌘ K", "Shift ?" is just "?". */
export function shortcutLabel(shortcut: Shortcut, mac = false): string {
  const parts: string[] = [];
  if (shortcut.mod) parts.push(mac ? "⌘" : "Ctrl");
  if (shortcut.shift) parts.push("Shift");
  const names: Record<string, string> = { ArrowDown: "↓", ArrowUp: "↑", Escape: "Esc" };
  parts.push(names[shortcut.key] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key));
  return parts.join(" ");
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Whether a key press is this shortcut. Letters with a modifier match either case (Shift changes `key`). */
export function matches(shortcut: Shortcut, press: KeyPress): boolean {
  const mod = press.ctrlKey || press.metaKey;
  if (press.altKey || mod !== Boolean(shortcut.mod)) return false;
  if (shortcut.mod || shortcut.shift) {
    return press.key.toLowerCase() === shortcut.key.toLowerCase() && press.shiftKey === Boolean(shortcut.shift);
  }
  // "?" arrives with Shift held; "S" (Shift+s) is not "s".
  return press.key === shortcut.key;
}

/** The first of `ids` this key press is, if any. */
export function matchShortcut<Id extends ShortcutId>(ids: readonly Id[], press: KeyPress): Id | undefined {
  return ids.find((id) => matches(SHORTCUTS[id], press));
}

import { useEffect, useRef } from "react";
import { matchShortcut, SHORTCUTS, type ShortcutId } from "@/lib/shared/keyboard/shortcuts";

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * Document-wide shortcuts from the one registry (lib/shared/keyboard/shortcuts.ts). Keys typed into a field, the
 * terminal or an open dialog are the user's text, not commands (unless the shortcut says `inFields`).
 */
export function useShortcuts(handlers: Partial<Record<ShortcutId, () => void>>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.repeat) return;
      const id = matchShortcut(Object.keys(latest.current) as ShortcutId[], event);
      if (!id) return;
      const shortcut = SHORTCUTS[id];
      const anywhere = "inFields" in shortcut && shortcut.inFields;
      if (!anywhere && (isTyping(event.target) || document.querySelector("[role=dialog], dialog[open]"))) return;
      const handler = latest.current[id];
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}

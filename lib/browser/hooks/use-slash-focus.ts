import type { RefObject } from "react";
import { useShortcuts } from "./use-shortcuts";

/** "/" focuses the given field, as in GitHub or Gmail, unless the user is already typing somewhere. */
export function useSlashFocus(ref: RefObject<HTMLElement | null>): void {
  useShortcuts({ "filter.focus": () => ref.current?.focus() });
}

// The last selected container, so "/" reopens where the user left off (as Kitematic did).
const KEY = "berth:last-container";

export function readRememberedContainer(): string | undefined {
  try {
    return window.localStorage.getItem(KEY) ?? undefined;
  } catch {
    // Storage can be disabled (privacy mode); remembering is a nicety.
    return undefined;
  }
}

export function rememberContainer(id: string): void {
  try {
    window.localStorage.setItem(KEY, id);
  } catch {
    /* see above */
  }
}

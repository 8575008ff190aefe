// What the palette opened last, per browser: offered first next time (entry ids, newest first).
const KEY = "berth:palette-recent";
const MAX = 10;

export function readRecent(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((s): s is string => typeof s === "string").slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function rememberRecent(id: string): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify([id, ...readRecent().filter((r) => r !== id)].slice(0, MAX)));
  } catch {
    /* storage disabled: nothing remembered */
  }
}

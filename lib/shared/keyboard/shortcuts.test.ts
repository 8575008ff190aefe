import { describe, expect, it } from "vitest";
import { matchShortcut, matches, SHORTCUTS, shortcutLabel, type ShortcutId } from "./shortcuts";

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const ids = Object.keys(SHORTCUTS) as ShortcutId[];

describe("shortcut registry", () => {
  it("Ctrl+K and ⌘K open the palette, plain k does not", () => {
    expect(matchShortcut(ids, press("k", { ctrlKey: true }))).toBe("palette.open");
    expect(matchShortcut(ids, press("k", { metaKey: true }))).toBe("palette.open");
    expect(matchShortcut(ids, press("K", { ctrlKey: true, shiftKey: true }))).toBeUndefined();
    expect(matchShortcut(ids, press("k"))).toBeUndefined();
  });

  it("? is help even though Shift is held to type it", () => {
    expect(matchShortcut(ids, press("?", { shiftKey: true }))).toBe("help.open");
  });

  it("single letters need no modifier and are case-sensitive", () => {
    expect(matchShortcut(ids, press("s"))).toBe("container.start-stop");
    expect(matchShortcut(ids, press("S", { shiftKey: true }))).toBeUndefined();
    expect(matchShortcut(ids, press("s", { ctrlKey: true }))).toBeUndefined();
    expect(matchShortcut(ids, press("s", { altKey: true }))).toBeUndefined();
  });

  it("the terminal's copy is Ctrl+Shift+C, not Ctrl+C", () => {
    expect(matches(SHORTCUTS["terminal.copy"], press("C", { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matches(SHORTCUTS["terminal.copy"], press("c", { ctrlKey: true }))).toBe(false);
  });

  it("only looks among the ids it is given", () => {
    expect(matchShortcut(["container.logs"], press("s"))).toBeUndefined();
    expect(matchShortcut(["container.logs"], press("l"))).toBe("container.logs");
  });

  it("no two shortcuts of one scope (or of anywhere) share a key", () => {
    const seen = new Map<string, string>();
    for (const id of ids) {
      const s = SHORTCUTS[id];
      const combo = shortcutLabel(s);
      for (const scope of s.scope === "anywhere" ? ["anywhere"] : [s.scope, "anywhere"]) {
        const clash = seen.get(`${scope}:${combo}`);
        expect(clash, `${id} and ${clash} are both ${combo}`).toBeUndefined();
      }
      seen.set(`${s.scope}:${combo}`, id);
    }
  });

  it("labels read as the keys do", () => {
    expect(shortcutLabel(SHORTCUTS["palette.open"])).toBe("Ctrl K");
    expect(shortcutLabel(SHORTCUTS["palette.open"], true)).toBe("⌘ K");
    expect(shortcutLabel(SHORTCUTS["terminal.copy"])).toBe("Ctrl Shift C");
    expect(shortcutLabel(SHORTCUTS["list.down"])).toBe("↓");
    expect(shortcutLabel(SHORTCUTS["help.open"])).toBe("?");
  });
});

// .dockerignore for a folder picked in the browser. The docker CLI applies it while it makes the
// context, before anything is sent; the engine only uses it to drop itself and the Dockerfile. So the
// browser applies it too, or a picked project would upload its node_modules and .git.
//
// The rules of moby/patternmatcher: one pattern a line, `#` comments, `!` re-includes, the last
// matching line wins; `*` and `?` stay within a path component, `**` spans any number of them; a
// pattern that matches a folder matches everything under it. Paths are relative to the context root.

export interface IgnoreRule {
  pattern: string;
  /** `!pattern`: a file it matches is sent after all. */
  include: boolean;
  re: RegExp;
}

function cleanPattern(raw: string): string {
  return raw
    .replace(/\/{2,}/g, "/")
    .replace(/^(?:\.\/)+/, "")
    .replace(/^\/+/, "")
    .replace(/\/+$/, "")
    .split("/")
    .filter((part) => part !== ".")
    .join("/");
}

function globSource(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "*" && pattern[i + 1] === "*") {
      i++;
      if (pattern[i + 1] === "/") {
        i++;
        out += "(?:.*/)?";
      } else {
        out += ".*";
      }
    } else if (ch === "*") {
      out += "[^/]*";
    } else if (ch === "?") {
      out += "[^/]";
    } else if (ch === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close === -1) {
        out += "\\[";
        continue;
      }
      let set = pattern.slice(i + 1, close).replace(/\\/g, "\\\\");
      if (set.startsWith("!") || set.startsWith("^")) set = `^${set.slice(1)}`;
      out += `[${set}]`;
      i = close;
    } else if (ch === "\\" && i + 1 < pattern.length) {
      i++;
      out += pattern[i]!.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    } else {
      out += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    }
  }
  return out;
}

/** The rules of a .dockerignore text, in order; blank lines and comments left out. */
export function parseDockerignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith("#")) continue;
    const include = trimmed.startsWith("!");
    const pattern = cleanPattern(include ? trimmed.slice(1).trim() : trimmed);
    if (!pattern) continue;
    // Matching a folder matches what is inside it.
    rules.push({ pattern, include, re: new RegExp(`^${globSource(pattern)}(?:/.*)?$`) });
  }
  return rules;
}

/** Whether `path` stays out of the context: the last rule that matches it decides. */
export function isIgnored(path: string, rules: IgnoreRule[]): boolean {
  let ignored = false;
  for (const rule of rules) if (rule.re.test(path)) ignored = !rule.include;
  return ignored;
}

/**
 * The entries to send. The Dockerfile and the .dockerignore always go (the engine needs them, and
 * drops them itself when they are ignored), like the CLI does.
 */
export function applyDockerignore<T extends { path: string }>(entries: T[], text: string | null, dockerfile: string): { kept: T[]; ignored: number } {
  if (!text) return { kept: entries, ignored: 0 };
  const rules = parseDockerignore(text);
  const kept = entries.filter((e) => e.path === ".dockerignore" || e.path === dockerfile || !isIgnored(e.path, rules));
  return { kept, ignored: entries.length - kept.length };
}

import ignore from "@balena/dockerignore";

// .dockerignore for a folder picked in the browser. The docker CLI applies it while it makes the
// context, before anything is sent; the engine only uses it to drop itself and the Dockerfile. So the
// browser applies it too, or a picked project would upload its node_modules and .git.
//
// @balena/dockerignore is a port of moby's own matcher (one pattern a line, `#` comments, `!` exceptions,
// the last matching line wins, `*` and `?` within a path component, `**` across them, leading and trailing
// `/` dropped, a pattern that matches a folder matches everything under it). Docker matches case-sensitively;
// the library's default is not, hence `ignorecase: false`. Paths are relative to the context root.

/** Whether each context path stays out, by the rules of a .dockerignore text. */
export function dockerignoreMatcher(text: string): (path: string) => boolean {
  const rules = ignore({ ignorecase: false }).add(text);
  return (path) => rules.ignores(path);
}

/**
 * The entries to send. The Dockerfile and the .dockerignore always go (the engine needs them, and
 * drops them itself when they are ignored), like the CLI does.
 */
export function applyDockerignore<T extends { path: string }>(entries: T[], text: string | null, dockerfile: string): { kept: T[]; ignored: number } {
  if (!text) return { kept: entries, ignored: 0 };
  const ignored = dockerignoreMatcher(text);
  const kept = entries.filter((e) => e.path === ".dockerignore" || e.path === dockerfile || !ignored(e.path));
  return { kept, ignored: entries.length - kept.length };
}

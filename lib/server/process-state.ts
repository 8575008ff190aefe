import "server-only";

// server.ts (run by tsx) and the route handlers (bundled by Next, possibly into several chunks) load separate copies
// of every module in one process. What must exist once per process — the engines with their connections and
// caches, the task list, the registry store — is kept here, under one globalThis key, and nowhere else.
const KEY = Symbol.for("berth.process");

type Registry = Map<string, unknown>;

function registry(): Registry {
  const g = globalThis as { [KEY]?: Registry };
  g[KEY] ??= new Map();
  return g[KEY];
}

/** The process's one `name`, made by `make` the first time any copy of any module asks for it. */
export function processWide<T>(name: string, make: () => T): T {
  const r = registry();
  if (!r.has(name)) r.set(name, make());
  return r.get(name) as T;
}

/** Forgets `name` (tests, or a store whose backing directory changed). */
export function forgetProcessWide(name: string): void {
  registry().delete(name);
}

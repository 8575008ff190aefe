// Starred containers, per browser, by NAME: a container recreated under the same name (compose up, rm + run) stays
// starred. A tiny external store so every star, row and the palette agree without a provider, across tabs too.
const KEY = "berth:favourites";
// A star list is for a handful of containers; the bound keeps a runaway script from filling storage.
const MAX = 500;

type Listener = () => void;
const listeners = new Set<Listener>();
let cached: ReadonlySet<string> | undefined;
const EMPTY: ReadonlySet<string> = new Set();

function read(): ReadonlySet<string> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? "[]");
    return new Set(Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === "string") : []);
  } catch {
    // Storage disabled or the value hand-edited: no stars rather than a broken list.
    return EMPTY;
  }
}

export function favouriteNames(): ReadonlySet<string> {
  if (typeof window === "undefined") return EMPTY;
  return (cached ??= read());
}

/** The server render has no storage: nothing is starred until hydration reads it. */
export function serverFavourites(): ReadonlySet<string> {
  return EMPTY;
}

export function subscribeFavourites(listener: Listener): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== KEY) return;
    cached = undefined;
    listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function setFavourite(name: string, on: boolean): void {
  const next = new Set(favouriteNames());
  if (on) next.add(name);
  else next.delete(name);
  cached = next;
  try {
    window.localStorage.setItem(KEY, JSON.stringify([...next].slice(-MAX)));
  } catch {
    /* kept for this page's life at least */
  }
  for (const listener of listeners) listener();
}

// Which preview rows are ticked. The preview follows the engine live, so its rows change under the user's
// eyes: a row that vanishes takes its tick with it, and a row that arrives is never ticked behind the
// user's back — only a preview the user asked for (first load, changed options) comes in ticked.

export interface Ticks {
  /** Row keys the user has seen (present in the last preview). */
  seen: ReadonlySet<string>;
  ticked: ReadonlySet<string>;
}

export const NO_TICKS: Ticks = { seen: new Set(), ticked: new Set() };

export function rowKey(kind: string, id: string): string {
  return `${kind}:${id}`;
}

/** The ticks for a new preview: `tickNew` for one the user asked for, false for a live update. */
export function mergeTicks(prev: Ticks, keys: readonly string[], tickNew: boolean): Ticks {
  const present = new Set(keys);
  const ticked = new Set([...prev.ticked].filter((k) => present.has(k)));
  for (const key of keys) if (!prev.seen.has(key) && tickNew) ticked.add(key);
  return { seen: present, ticked };
}

export function setTicked(prev: Ticks, keys: readonly string[], on: boolean): Ticks {
  const ticked = new Set(prev.ticked);
  for (const key of keys) {
    if (on) ticked.add(key);
    else ticked.delete(key);
  }
  return { seen: prev.seen, ticked };
}

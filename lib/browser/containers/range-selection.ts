// The list's checkboxes: a click toggles one row; a shift-click sets every row from the last clicked one to this one
// (in the order shown) to what the clicked row becomes, as in a file manager or Gmail.

export interface RangeClick {
  /** The ids in the order shown. */
  order: readonly string[];
  selected: ReadonlySet<string>;
  /** The row clicked before this one, if any (the anchor of a range). */
  anchor: string | undefined;
  clicked: string;
  shift: boolean;
}

export function applyRangeClick({ order, selected, anchor, clicked, shift }: RangeClick): Set<string> {
  const next = new Set(selected);
  const on = !selected.has(clicked);
  const from = anchor === undefined ? -1 : order.indexOf(anchor);
  const to = order.indexOf(clicked);
  if (!shift || from < 0 || to < 0) {
    if (on) next.add(clicked);
    else next.delete(clicked);
    return next;
  }
  const [lo, hi] = from < to ? [from, to] : [to, from];
  for (const id of order.slice(lo, hi + 1)) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** Selected ids that are no longer in the list (removed, or filtered away) drop out. */
export function keepPresent(selected: ReadonlySet<string>, present: readonly string[]): Set<string> {
  const ids = new Set(present);
  return new Set([...selected].filter((id) => ids.has(id)));
}

/** Starred ones first, each part keeping the order it had (running first, by name): a stable partition. */
export function pinFavourites<T extends { name: string }>(items: readonly T[], favourites: ReadonlySet<string>): T[] {
  if (favourites.size === 0) return items.slice();
  const starred: T[] = [];
  const rest: T[] = [];
  for (const item of items) (favourites.has(item.name) ? starred : rest).push(item);
  return starred.concat(rest);
}

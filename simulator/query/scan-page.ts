/**
 * Walks positions `start..count-1`, keeping items that match, until the page is full; then keeps
 * walking to the next match so the cursor can point straight at it (and is omitted when there is
 * none, which is how clients recognise the last page).
 */
export function scanPage<T>(
  count: number,
  start: number,
  pageSize: number,
  itemAt: (position: number) => T,
  matches: (item: T) => boolean,
): { items: T[]; nextPosition?: number } {
  const items: T[] = [];
  for (let position = start; position < count; position++) {
    const item = itemAt(position);
    if (!matches(item)) continue;
    if (items.length === pageSize) return { items, nextPosition: position };
    items.push(item);
  }
  return { items };
}

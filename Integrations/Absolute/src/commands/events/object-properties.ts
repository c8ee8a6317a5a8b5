/** One change listed in an event's `objectProperties` string. */
export type PropertyChange = {
  property: string;
  oldValue?: string;
  newValue?: string;
};

/**
 * Where one key starts: at the beginning of the text or right after a `;`. Only these boundaries
 * split the text, since values hold `;`, `=` and brackets of their own (a browser agent reads
 * `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ...`).
 */
const KEY = /(?:^|;)(PropertyName|OldValue|NewValue)\[(\d+)\]=/g;

/**
 * Parses `PropertyName[0]=City;OldValue[0]=Paris;NewValue[0]=Lyon;PropertyName[1]=...` into a list,
 * in index order. A value runs to the next key; one `;` that ends the whole text closes the last
 * value rather than belonging to it. Text before the first key is ignored.
 */
export function parseObjectProperties(text: unknown): PropertyChange[] {
  if (typeof text !== 'string' || text === '') return [];
  const body = text.endsWith(';') ? text.slice(0, -1) : text;
  const keys = [...body.matchAll(KEY)];
  const byIndex = new Map<number, PropertyChange>();
  keys.forEach((match, i) => {
    const [whole, key, index = ''] = match;
    const value = body.slice(match.index + whole.length, keys[i + 1]?.index ?? body.length);
    const change = byIndex.get(Number(index)) ?? { property: '' };
    if (key === 'PropertyName') change.property = value;
    else if (key === 'OldValue') change.oldValue = value;
    else change.newValue = value;
    byIndex.set(Number(index), change);
  });
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, c]) => c)
    .filter((c) => c.property !== '');
}

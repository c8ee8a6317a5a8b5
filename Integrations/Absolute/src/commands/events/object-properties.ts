/** One change listed in an event's `objectProperties` string. */
export type PropertyChange = {
  property: string;
  oldValue?: string;
  newValue?: string;
};

/**
 * Parses `PropertyName[0]=City;OldValue[0]=Paris;NewValue[0]=Lyon;PropertyName[1]=...` into a list.
 * Values may themselves contain `=`; a `;` ends a pair. Unknown keys are ignored.
 */
export function parseObjectProperties(text: unknown): PropertyChange[] {
  if (typeof text !== 'string' || text === '') return [];
  const byIndex = new Map<number, PropertyChange>();
  for (const pair of text.split(';')) {
    const match = /^\s*(PropertyName|OldValue|NewValue)\[(\d+)\]=(.*)$/s.exec(pair);
    if (!match) continue;
    const [, key, index, value = ''] = match;
    const change = byIndex.get(Number(index)) ?? { property: '' };
    if (key === 'PropertyName') change.property = value;
    else if (key === 'OldValue') change.oldValue = value;
    else change.newValue = value;
    byIndex.set(Number(index), change);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, c]) => c).filter((c) => c.property !== '');
}

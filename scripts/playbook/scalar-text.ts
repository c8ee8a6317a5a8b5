/** A string as itself, a number or boolean in its usual form, anything else (an object) as JSON. */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value.toString();
  if (typeof value === 'symbol' || typeof value === 'function') return value.toString();
  return JSON.stringify(value);
}

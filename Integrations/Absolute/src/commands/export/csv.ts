/**
 * RFC 4180 CSV: fields are quoted when they hold a comma, a quote, a line break or edge spaces
 * (which some readers would trim), quotes inside are doubled, and records end with CRLF.
 */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export const CSV_RECORD_END = '\r\n';

export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(cells: readonly string[]): string {
  return cells.map(csvField).join(',') + CSV_RECORD_END;
}

/**
 * The value at a dot path (`operatingSystem.name`). Through an array the path applies to every
 * element, as the API's `select` does (`networkAdapters.macAddress` → every adapter's address).
 */
export function valueAt(item: unknown, path: readonly string[]): unknown {
  if (path.length === 0 || item === undefined || item === null) return item;
  if (Array.isArray(item)) return item.map((element) => valueAt(element, path));
  if (typeof item !== 'object') return undefined;
  const [head, ...rest] = path;
  return valueAt((item as Record<string, unknown>)[head as string], rest);
}

/** One cell's text: empty for a missing value, lists of plain values joined by "; ", JSON for the rest. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value) && value.every((v) => v === null || v === undefined || typeof v !== 'object')) {
    return value
      .filter((v) => v !== null && v !== undefined)
      .map(cellText)
      .join('; ');
  }
  return JSON.stringify(value);
}

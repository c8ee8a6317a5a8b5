/** A value that can sit in context and in a table cell. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface TableOptions {
  /** Column order; default: the first row's keys, sorted. */
  headers?: readonly string[];
  /** Drops columns that are empty in every row. */
  removeNull?: boolean;
  /** Renames header cells (the data keys stay as they are). */
  headerTransform?: (header: string) => string;
}

/**
 * Renders rows the way the platform's tableToMarkdown does, so readers see the same War Room
 * tables as with Python content: `### title`, `|a|b|` header, `| 1 | 2 |` rows, `**No entries.**`.
 */
// Array.isArray widens a readonly array to any[]; this keeps the row type.
function isRowList(data: JsonObject | readonly JsonObject[]): data is readonly JsonObject[] {
  return Array.isArray(data);
}

export function tableToMarkdown(
  title: string,
  data: JsonObject | readonly JsonObject[] | null | undefined,
  options: TableOptions = {},
): string {
  let out = title ? `### ${title}\n` : '';
  const rows = data == null ? [] : isRowList(data) ? data : [data];
  if (rows.length === 0) return `${out}**No entries.**\n`;
  let headers = options.headers ? [...options.headers] : Object.keys(rows[0] ?? {}).sort();
  if (options.removeNull) headers = headers.filter((h) => rows.some((row) => !isEmpty(row[h])));
  const label = options.headerTransform ?? ((h: string) => h);
  out += `|${headers.map((h) => escapeCell(label(h))).join('|')}|\n`;
  out += `|${headers.map(() => '---').join('|')}|\n`;
  for (const row of rows) {
    out += `| ${headers.map((h) => escapeCell(formatCell(row[h]))).join(' | ')} |\n`;
  }
  return out;
}

function isEmpty(value: JsonValue | undefined): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

function formatCell(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'object' && item !== null ? JSON.stringify(item) : formatCell(item))).join(',\n');
  return Object.entries(value)
    .map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : formatCell(v)}`)
    .join('\n');
}

function escapeCell(text: string): string {
  return text
    .replace(/\|/g, '\\|')
    .replace(/`/g, '\\`')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** `deviceName` → `Device Name`, `RequestUID` stays readable; the platform's pascalToSpace. */
export function pascalToSpace(header: string): string {
  return header.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

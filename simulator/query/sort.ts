import { ApiError } from '../server/api-error';

export interface SortKey {
  field: string;
  descending: boolean;
}

/**
 * Parses `sortBy=field[:asc|:desc][,field2...]`. Errors use the documented codes: unknown field or
 * direction → INVALID_SORT, the same field twice → DUPLICATE_SORT_KEY.
 */
export function parseSortBy(raw: string | undefined, allowed: readonly string[], multiKey: boolean): SortKey[] | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const parts = raw.split(',').map((p) => p.trim());
  if (!multiKey && parts.length > 1) throw sortError('INVALID_SORT', 'only one sort key is allowed');
  const keys: SortKey[] = [];
  for (const part of parts) {
    const [field = '', direction = 'asc', extra] = part.split(':');
    if (extra !== undefined || !allowed.includes(field)) throw sortError('INVALID_SORT', `cannot sort by ${part}`);
    if (direction !== 'asc' && direction !== 'desc') throw sortError('INVALID_SORT', `unknown sort direction in ${part}`);
    if (keys.some((k) => k.field === field)) throw sortError('DUPLICATE_SORT_KEY', `${field} appears twice in sortBy`);
    keys.push({ field, descending: direction === 'desc' });
  }
  return keys;
}

export function sortKeyText(keys: readonly SortKey[]): string {
  return keys.map((k) => `${k.field}:${k.descending ? 'desc' : 'asc'}`).join(',');
}

export type SortValue = string | number | undefined;

/** Case-insensitive ordering; apply once per item when building a sort index, not per comparison. */
export function sortValue(value: unknown): SortValue {
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

/** Missing values sort first ascending (last descending). */
export function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

function sortError(code: 'INVALID_SORT' | 'DUPLICATE_SORT_KEY', message: string): ApiError {
  return new ApiError(400, code, code === 'INVALID_SORT' ? 'invalid sort' : 'duplicate sort key', [{ message, field: 'sortBy', code }]);
}

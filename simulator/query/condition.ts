import { invalidValue } from '../server/api-error';
import { parseTimestamp } from '../util/time';
import type { FilterParam } from './filter-fields';

export type Predicate<T> = (item: T) => boolean;

/**
 * Builds the test for one filter parameter with one or more values. Repeated values: plain
 * equality is "any of" (AND-ing different exact values could never match anything); every other
 * suffix is AND-ed, as the docs put it for `...Not`/`...Contains` ("can be used multiple times").
 * String comparisons ignore case.
 */
export function conditionFor<T>(paramName: string, param: FilterParam<T>, rawValues: readonly string[]): Predicate<T> {
  const { field, op } = param;
  if (op === 'Empty') {
    const wanted = rawValues.map((v) => parseBoolean(paramName, v));
    return (item) => wanted.every((empty) => isEmpty(field.get(item)) === empty);
  }
  if (field.kind === 'boolean') {
    const wanted = rawValues.map((v) => parseBoolean(paramName, v));
    return (item) => wanted.some((w) => (field.get(item) === true) === w);
  }
  if (field.kind === 'date') {
    const limits = rawValues.map((v) => {
      const ms = parseTimestamp(v);
      if (ms === undefined) throw invalidValue(paramName, `${paramName} must be a date-time like 2024-01-01T00:00:00.000Z`);
      return ms;
    });
    return (item) => {
      const value = field.get(item);
      const ms = typeof value === 'string' ? Date.parse(value) : NaN;
      if (Number.isNaN(ms)) return false;
      return limits.every((limit) => compareDate(op, ms, limit));
    };
  }
  const needles = rawValues.map((v) => v.toLowerCase());
  return (item) => {
    const raw = field.get(item);
    const value = typeof raw === 'string' ? raw.toLowerCase() : typeof raw === 'boolean' ? String(raw) : undefined;
    if (op === 'eq') return value !== undefined && needles.includes(value);
    return needles.every((needle) => matchString(op, value, needle));
  };
}

export function allOf<T>(predicates: readonly Predicate<T>[]): Predicate<T> {
  return (item) => predicates.every((p) => p(item));
}

function matchString(op: string, value: string | undefined, needle: string): boolean {
  switch (op) {
    case 'Not':
      return value !== needle;
    case 'StartsWith':
      return value !== undefined && value.startsWith(needle);
    case 'NotStartsWith':
      return value === undefined || !value.startsWith(needle);
    case 'Contains':
      return value !== undefined && value.includes(needle);
    case 'NotContains':
      return value === undefined || !value.includes(needle);
    case 'EndsWith':
      return value !== undefined && value.endsWith(needle);
    case 'NotEndsWith':
      return value === undefined || !value.endsWith(needle);
    default:
      return false;
  }
}

function compareDate(op: string, value: number, limit: number): boolean {
  if (op === 'From') return value > limit;
  if (op === 'FromInclusive') return value >= limit;
  if (op === 'To') return value < limit;
  if (op === 'ToInclusive') return value <= limit;
  return false;
}

function isEmpty(value: string | boolean | undefined): boolean {
  return value === undefined || value === '';
}

function parseBoolean(paramName: string, raw: string): boolean {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw invalidValue(paramName, `${paramName} must be true or false`);
}

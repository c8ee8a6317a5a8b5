import { invalidRequest, validationError } from '../server/api-error';
import { currentLeniency } from '../server/leniency';
import type { QueryParams } from '../server/query-params';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Small validators for request bodies; each failure names the offending field in `details`. */
export function requireObject(body: unknown, field = 'body'): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidRequest(field, 'invalid json', 'INVALID_JSON');
  }
  return body as Record<string, unknown>;
}

export function uuidList(value: unknown, field: string, min: number, max: number): string[] {
  if (value === undefined || value === null) {
    if (min === 0) return [];
    throw validationError(field, `${field} is required`);
  }
  if (!Array.isArray(value)) throw invalidRequest(field, 'invalid json', 'INVALID_JSON');
  if (value.length < min || value.length > max) throw validationError(field, `${field} must contain between ${min} and ${max} items`);
  return value.map((item, i) => {
    if (typeof item !== 'string' || !UUID.test(item)) throw validationError(`${field}[${i}]`, `${field} must contain UUIDs`);
    return item.toLowerCase();
  });
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function optionalString(obj: Record<string, unknown>, field: string, min: number, max: number, label = field): string | undefined {
  const value = obj[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw validationError(label, `${label} must be a string`);
  if (value.length < min || value.length > max) throw validationError(label, `${label} length must be between ${min} and ${max}`);
  return value;
}

export function requiredString(obj: Record<string, unknown>, field: string, min: number, max: number, label = field): string {
  const value = optionalString(obj, field, min, max, label);
  if (value === undefined) throw validationError(label, `${label} is required`);
  return value;
}

/**
 * A boolean body member. The spellings of true/false that Jackson's default binding coerces from a
 * JSON string (the official XSOAR pack sends `"false"`) are accepted as undocumented input.
 */
export function optionalBoolean(obj: Record<string, unknown>, field: string): boolean | undefined {
  const value = obj[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  const refuse = () => validationError(field, `${field} must be true or false`);
  const coerced = typeof value === 'string' ? BOOLEAN_STRINGS.get(value) : undefined;
  if (coerced === undefined) throw refuse();
  currentLeniency().accept('booleanString', field, refuse);
  return coerced;
}

const BOOLEAN_STRINGS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);

export function optionalInteger(obj: Record<string, unknown>, field: string, min: number, max: number, label = field): number | undefined {
  const value = obj[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw validationError(label, `${label} must be an integer`);
  if (value < min || value > max) throw validationError(label, `${label} must be between ${min} and ${max}`);
  return value;
}

/** Rejects query parameters the endpoint does not document, instead of silently ignoring typos. */
export function allowOnlyParams(query: QueryParams, allowed: readonly string[]): void {
  for (const name of query.names()) {
    if (!allowed.includes(name)) throw invalidRequest(name, `unknown query parameter ${name}`);
  }
}

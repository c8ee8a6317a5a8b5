import type { JsonObject, JsonValue } from '../xsoar/entry';

/** Drops undefined, null, '' and empty objects/arrays, recursively (the pack's removeNull). */
export function compact(value: Record<string, unknown>): JsonObject {
  const out: JsonObject = {};
  for (const [key, raw] of Object.entries(value)) {
    const v = compactValue(raw);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function compactValue(raw: unknown): JsonValue | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (Array.isArray(raw)) {
    const items = raw.map(compactValue).filter((v): v is JsonValue => v !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof raw === 'object') {
    const obj = compact(raw as Record<string, unknown>);
    return Object.keys(obj).length ? obj : undefined;
  }
  return undefined;
}

/** Describes the arguments a user gave, for "nothing found for ..." messages. */
export function describeArgs(args: Record<string, unknown>): string {
  const given = Object.entries(args).filter(([, v]) => v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0));
  if (given.length === 0) return 'no filters';
  return given.map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`).join(', ');
}

/** Reads a string field from data the reply schemas do not cover (the API layer types what it checks). */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export const UUID_HINT = 'not a device UID (expected the form 8-4-4-4-12 hexadecimal digits)';
export const EMAIL_PATTERN = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;
export const EMAIL_HINT = 'not an email address';

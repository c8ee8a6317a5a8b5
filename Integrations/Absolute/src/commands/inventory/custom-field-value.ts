import type { ApiCustomFieldDefinition } from '../../absolute/api/custom-fields';
import { ArgumentError } from '../../xsoar/args';

/** Field names shown in an "unknown field" error before it is cut short. */
const NAMES_SHOWN = 40;

/** Finds the definition `cdf_uid` or `cdf_name` points at, or explains which fields exist. */
export function findDefinition(
  definitions: readonly ApiCustomFieldDefinition[],
  wanted: { cdfUid?: string; cdfName?: string },
): ApiCustomFieldDefinition {
  if (wanted.cdfUid !== undefined) {
    const uid = wanted.cdfUid.toLowerCase();
    const hit = definitions.find((d) => d.cdfUid?.toLowerCase() === uid);
    if (!hit) throw new ArgumentError('cdf_uid', `no Device Field has cdfUid ${JSON.stringify(wanted.cdfUid)}; ${available(definitions)}`);
    return hit;
  }
  const name = (wanted.cdfName ?? '').toLowerCase();
  const hits = definitions.filter((d) => (d.cdfFieldName ?? '').trim().toLowerCase() === name);
  if (hits.length === 0)
    throw new ArgumentError('cdf_name', `no Device Field is named ${JSON.stringify(wanted.cdfName)}; ${available(definitions)}`);
  if (hits.length > 1) {
    throw new ArgumentError(
      'cdf_name',
      `${hits.length} Device Fields are named ${JSON.stringify(wanted.cdfName)}; give cdf_uid instead (one of ${hits.map((h) => h.cdfUid).join(', ')})`,
    );
  }
  return hits[0] as ApiCustomFieldDefinition;
}

/**
 * Checks `value` against the field's type the way the console does, and returns the text to send:
 * a Dropdown value must be one of its elements (matched ignoring case, sent in the defined
 * spelling, since the API compares exactly); a Date must be a real date written MM/dd/yyyy.
 */
export function checkValue(definition: ApiCustomFieldDefinition, value: string): string {
  const field = definition.cdfFieldName ?? definition.cdfUid ?? 'the field';
  if (definition.type === 'Dropdown') {
    const allowed = (definition.dropdowns ?? []).flatMap((d) => (d?.elementValue == null ? [] : [d.elementValue]));
    const hit = allowed.find((a) => a === value) ?? allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (hit === undefined) {
      const choices = allowed.length ? `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}` : 'a defined element, but it has none';
      throw new ArgumentError('value', `${field} is a Dropdown field; the value must be ${choices} (got ${JSON.stringify(value)})`);
    }
    return hit;
  }
  if (definition.type === 'Date' && !isCalendarDate(value)) {
    throw new ArgumentError(
      'value',
      `${field} is a Date field; the value must be a date written MM/dd/yyyy, e.g. 03/31/2025 (got ${JSON.stringify(value)})`,
    );
  }
  return value;
}

function isCalendarDate(value: string): boolean {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!m) return false;
  const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function available(definitions: readonly ApiCustomFieldDefinition[]): string {
  if (definitions.length === 0) return 'this account has no Device Fields defined';
  const names = definitions.slice(0, NAMES_SHOWN).map((d) => `${d.cdfFieldName ?? '?'} (${d.cdfUid ?? '?'})`);
  const rest = definitions.length > NAMES_SHOWN ? ` and ${definitions.length - NAMES_SHOWN} more` : '';
  return `available fields: ${names.join(', ')}${rest}`;
}

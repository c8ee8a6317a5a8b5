/** Absolute's v3 timestamp format: `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`. */
const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/**
 * Same output as `new Date(ms).toISOString()` for years 0–9999, without allocating a Date: report
 * generation formats ~15 timestamps per device, and that dominated scans of 100k-device fleets.
 */

// See util/prng.ts: module-level aliases keep hot code fast inside Jest's vm sandbox.
const { floor } = Math;

export function isoMs(epochMs: number): string {
  const ms = floor(epochMs);
  const days = floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  // Civil-from-days (H. Hinnant's algorithm), proleptic Gregorian calendar.
  const z = days + 719_468;
  const era = floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = floor((dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36_524) - floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const mp = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = floor(rest / HOUR_MS);
  rest -= hours * HOUR_MS;
  const minutes = floor(rest / MINUTE_MS);
  rest -= minutes * MINUTE_MS;
  const seconds = floor(rest / 1000);
  const millis = rest - seconds * 1000;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(millis, 3)}Z`;
}

function pad(value: number, width: number): string {
  const text = `${value}`;
  return text.length >= width ? text : '0'.repeat(width - text.length) + text;
}

/** Parses the strict format only; returns undefined for anything else (so callers can 400). */
export function parseIsoMs(text: string): number | undefined {
  if (!ISO_MS.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Lenient timestamp parsing for filters, which the docs show both with and without milliseconds
 * (`2022-01-01T00:00:00Z`, `2024-01-01T00:00:00.000Z`).
 */
export function parseTimestamp(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(text)) return undefined;
  const ms = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** `MM/dd/yyyy`, the custom-field Date format; checks the day really exists. */
export function isValidUsDate(text: string): boolean {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!match) return false;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function usDate(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
}

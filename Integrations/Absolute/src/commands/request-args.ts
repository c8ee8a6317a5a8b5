import { arg } from '../xsoar/args';
import { UUID_PATTERN } from './shared';

export const REQUEST_STATUSES = ['Init', 'Canceled', 'Completed', 'InProgress', 'Failed', 'Scheduled', 'PendingApproval'] as const;
export const ACTION_STATUSES = ['Canceled', 'Succeeded', 'Processing', 'Failed', 'Pending'] as const;

/** The API's date format, `2011-12-03T10:15:30.000Z`; seconds and milliseconds may be left out. */
export function isoDateArg() {
  const spec = arg.string({
    pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/,
    patternHint: 'must be an ISO 8601 UTC time such as 2025-01-31T10:15:30.000Z',
  });
  // The pattern lets 2026-02-30 through; a real date reads back the same day it was written.
  const schema = spec.schema.refine((v) => v === undefined || isCalendarDate(v), { message: 'is not a calendar date' });
  return { ...spec, schema };
}

function isCalendarDate(text: string): boolean {
  const ms = Date.parse(text);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text.slice(0, 10);
}

export const REQUEST_UID_HINT = 'not a request UID (expected 8-4-4-4-12 hexadecimal digits)';

export function requestUidArg(required: boolean) {
  return arg.string({ required, pattern: UUID_PATTERN, patternHint: REQUEST_UID_HINT });
}

const UNIT_MS: Record<string, number> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
  month: 2_592_000_000,
  year: 31_536_000_000,
};

/**
 * Parses the date forms analysts type into arguments: `now`, ISO 8601, epoch seconds or
 * milliseconds, and relative `3 days`, `one minute ago`, `2 hours ago`. Returns epoch ms, or
 * undefined when the text is not a date.
 */
export function parseDate(text: string, nowMs: number): number | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return undefined;
  if (t === 'now') return nowMs;
  if (/^\d+$/.test(t)) {
    const n = Number(t);
    return n > 2_000_000_000 ? n : n * 1000;
  }
  const relative = /^(\d+|a|an|one)\s*(second|minute|hour|day|week|month|year)s?(\s+ago)?$/.exec(t);
  if (relative) {
    const [, count = '1', unit = 'day'] = relative;
    const n = /^\d+$/.test(count) ? Number(count) : 1;
    return nowMs - n * (UNIT_MS[unit] ?? 0);
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(t)) return undefined;
  const ms = Date.parse(text.trim());
  return Number.isNaN(ms) ? undefined : ms;
}

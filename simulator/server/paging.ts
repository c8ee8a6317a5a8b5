import { createHash } from 'node:crypto';
import { invalidRequest } from './api-error';
import type { QueryParams } from './query-params';

export interface PageLimits {
  defaultSize: number;
  maxSize: number;
}

/** Documented page sizes (absolute-api.md §4). */
export const PAGE_LIMITS = {
  devices: { defaultSize: 10, maxSize: 500 },
  applications: { defaultSize: 100, maxSize: 10_000 },
  siem: { defaultSize: 100, maxSize: 1000 },
  standard: { defaultSize: 100, maxSize: 500 },
} as const satisfies Record<string, PageLimits>;

/** Where a listing resumes: an index, or a composite position such as `[deviceRank, appOffset]`. */
export type CursorPosition = number | readonly number[] | { readonly t: number; readonly id: string };

export interface PageRequest {
  pageSize: number;
  /** undefined on the first page. */
  position: CursorPosition | undefined;
  /** Builds the opaque `nextPage` for a position of this same query. */
  cursorFor(position: CursorPosition): string;
}

/**
 * Reads `pageSize` and `nextPage`. The cursor is base64 JSON holding the position and a hash of the
 * query it was issued for, so a cursor replayed against a different query is rejected (400) instead
 * of silently returning the wrong rows. `pageSize` is left out of the hash: changing it between
 * pages is harmless.
 */
export function readPageRequest(query: QueryParams, limits: PageLimits, fingerprint: string): PageRequest {
  const pageSize = parsePageSize(query.get('pageSize'), limits);
  const queryHash = createHash('sha256').update(fingerprint).digest('hex').slice(0, 16);
  const raw = query.get('nextPage');
  const position = raw === undefined || raw === '' ? undefined : decodeCursor(raw, queryHash);
  return {
    pageSize,
    position,
    cursorFor: (next) => Buffer.from(JSON.stringify({ p: next, h: queryHash })).toString('base64'),
  };
}

function parsePageSize(raw: string | undefined, limits: PageLimits): number {
  if (raw === undefined) return limits.defaultSize;
  if (!/^\d+$/.test(raw)) throw invalidRequest('pageSize', 'pageSize must be a positive integer', 'INVALID_VALUE');
  const size = Number(raw);
  if (size < 1 || size > limits.maxSize) {
    throw invalidRequest('pageSize', `pageSize must be between 1 and ${limits.maxSize}`, 'INVALID_VALUE');
  }
  return size;
}

function decodeCursor(raw: string, queryHash: string): CursorPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
  } catch {
    throw invalidRequest('nextPage', 'nextPage is not a valid page token');
  }
  if (typeof decoded !== 'object' || decoded === null || !('p' in decoded) || !('h' in decoded)) {
    throw invalidRequest('nextPage', 'nextPage is not a valid page token');
  }
  const { p, h } = decoded;
  if (h !== queryHash) throw invalidRequest('nextPage', 'nextPage was issued for a different query');
  if (!isPosition(p)) throw invalidRequest('nextPage', 'nextPage is not a valid page token');
  return p;
}

function isPosition(value: unknown): value is CursorPosition {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0;
  if (Array.isArray(value)) return value.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
  if (typeof value === 'object' && value !== null) {
    const { t, id } = value as { t?: unknown; id?: unknown };
    return typeof t === 'number' && typeof id === 'string';
  }
  return false;
}

/** Pages an in-memory list by offset: the common case for requests, actions and messages. */
export function pageOfList<T>(items: readonly T[], page: PageRequest): { items: T[]; nextPage?: string } {
  const start = typeof page.position === 'number' ? page.position : 0;
  const slice = items.slice(start, start + page.pageSize);
  const end = start + slice.length;
  return end < items.length ? { items: slice, nextPage: page.cursorFor(end) } : { items: slice };
}

import type { AbsoluteClient } from '../client';
import { pages, type Page } from '../paging';

/** One SIEM event as `/v3/reporting/siem-events` returns it. */
export interface ApiSiemEvent {
  id?: string;
  eventType?: string;
  actorObjectType?: string;
  actorDisplayName?: string;
  actorDisplayId?: string;
  objectObjectType?: string;
  objectDisplayName?: string;
  objectDisplayId?: string;
  objectProperties?: string;
  verb?: string;
  secondaryObjectType?: string;
  secondaryObjectDisplayName?: string;
  secondaryObjectDisplayId?: string;
  createdDateTimeUtc?: string;
  eventDateTimeUtc?: string;
  [key: string]: unknown;
}

export const SIEM_PAGE_MAX = 1000;
/** Absolute keeps SIEM events for 72 hours only. */
export const SIEM_RETENTION_MS = 72 * 3600 * 1000;

/** Pages of events created in [from, to] (both inclusive), oldest first. */
export function siemEventPages(client: AbsoluteClient, fromMs: number, toMs: number, pageSize = SIEM_PAGE_MAX): AsyncGenerator<Page<ApiSiemEvent>> {
  return pages<ApiSiemEvent>(
    client,
    { method: 'GET', path: '/v3/reporting/siem-events', query: { fromDateTimeUtc: new Date(fromMs).toISOString(), toDateTimeUtc: new Date(toMs).toISOString() } },
    { pageSize, maxPages: 100_000 },
  );
}

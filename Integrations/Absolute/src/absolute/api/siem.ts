import type { AbsoluteClient } from '../client';
import { pages, type Page } from '../paging';
import { lazySchema, record, text, type OtherFields, type ReplyOf } from '../reply-schema';

/** One SIEM event as `/v3/reporting/siem-events` returns it (every field is text). */
const siemEventSchema = lazySchema(() =>
  record({
    id: text(),
    eventType: text(),
    actorObjectType: text(),
    actorDisplayName: text(),
    actorDisplayId: text(),
    objectObjectType: text(),
    objectDisplayName: text(),
    objectDisplayId: text(),
    objectProperties: text(),
    verb: text(),
    secondaryObjectType: text(),
    secondaryObjectDisplayName: text(),
    secondaryObjectDisplayId: text(),
    createdDateTimeUtc: text(),
    eventDateTimeUtc: text(),
  }),
);
export type ApiSiemEvent = ReplyOf<typeof siemEventSchema> & OtherFields;

export const SIEM_PAGE_MAX = 1000;
/** Absolute keeps SIEM events for 72 hours only. */
export const SIEM_RETENTION_MS = 72 * 3600 * 1000;

/** Pages of events created in [from, to] (both inclusive), oldest first. */
export function siemEventPages(
  client: AbsoluteClient,
  fromMs: number,
  toMs: number,
  pageSize = SIEM_PAGE_MAX,
): AsyncGenerator<Page<ApiSiemEvent>> {
  return pages(
    client,
    {
      method: 'GET',
      path: '/v3/reporting/siem-events',
      query: { fromDateTimeUtc: new Date(fromMs).toISOString(), toDateTimeUtc: new Date(toMs).toISOString() },
    },
    { item: siemEventSchema, pageSize, maxPages: 100_000 },
  );
}

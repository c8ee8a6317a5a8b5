import { SIEM_PAGE_MAX, siemEventPages, type ApiSiemEvent } from '../../absolute/api/siem';
import type { AbsoluteClient } from '../../absolute/client';
import type { JsonObject } from '../../xsoar/entry';
import { parseObjectProperties } from './object-properties';
import type { Watermark } from './watermark';

export interface CollectOptions {
  fromMs: number;
  toMs: number;
  limit: number;
  watermark: Watermark;
}

export interface Collected {
  events: JsonObject[];
  /** True when the limit stopped collection while the API had more. */
  truncated: boolean;
}

/**
 * Reads events oldest first, skips the ones the watermark already delivered, and stops at the
 * limit. State only moves with what is returned, so a crash mid-way loses and repeats nothing.
 */
export async function collectEvents(client: AbsoluteClient, options: CollectOptions): Promise<Collected> {
  const events: JsonObject[] = [];
  const pageSize = Math.min(SIEM_PAGE_MAX, Math.max(1, options.limit + 1));
  for await (const page of siemEventPages(client, options.fromMs, options.toMs, pageSize)) {
    for (const event of page.items) {
      if (options.watermark.isDuplicate(event)) continue;
      if (events.length >= options.limit) return { events, truncated: true };
      events.push(decorate(event));
      options.watermark.advance(event);
    }
  }
  return { events, truncated: false };
}

/** `_time` is when the event happened; the parsed property changes ride along with the raw string. */
export function decorate(event: ApiSiemEvent): JsonObject {
  // Events are flat records: a shallow copy without empty fields is all the cleaning they need.
  const out: JsonObject = {};
  for (const key in event) {
    const value = event[key];
    if (value !== undefined && value !== null && value !== '') out[key] = value as JsonObject[string];
  }
  const time = event.eventDateTimeUtc ?? event.createdDateTimeUtc;
  if (time) out['_time'] = time;
  const changes = parseObjectProperties(event.objectProperties);
  if (changes.length) out['objectPropertyChanges'] = changes;
  return out;
}

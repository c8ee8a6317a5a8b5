import type { ApiSiemEvent } from '../../../Integrations/Absolute/src/absolute/api/siem';
import { json, startScriptedServer } from '../../support/scripted-server';

/**
 * A loopback stand-in for `/v3/reporting/siem-events` over a fixed list: inclusive window on
 * createdDateTimeUtc, oldest first, cursor paging. `failPage` makes that page's request fail.
 */
export async function startEventsServer(events: ApiSiemEvent[], options: { failPage?: number; maxPageSize?: number } = {}) {
  const sorted = [...events].sort((a, b) => Date.parse(a.createdDateTimeUtc ?? '') - Date.parse(b.createdDateTimeUtc ?? ''));
  let pageRequests = 0;
  const server = await startScriptedServer((seen, _i, res) => {
    const q = new URLSearchParams(seen.query);
    const from = Date.parse(q.get('fromDateTimeUtc') ?? '');
    const to = Date.parse(q.get('toDateTimeUtc') ?? '');
    const size = Math.min(Number(q.get('pageSize') ?? 100), options.maxPageSize ?? 1000);
    const start = Number(q.get('nextPage') ?? 0);
    const pageNo = pageRequests++;
    if (options.failPage !== undefined && start > 0 && pageNo >= options.failPage) {
      json(res, 500, { code: 'INTERNAL_SERVER_ERROR', message: 'boom' });
      return;
    }
    const window = sorted.filter((e) => {
      const t = Date.parse(e.createdDateTimeUtc ?? '');
      return t >= from && t <= to;
    });
    const page = window.slice(start, start + size);
    const next = start + size < window.length ? String(start + size) : undefined;
    json(res, 200, { data: page, metadata: { pagination: next ? { nextPage: next } : {} } });
  });
  return server;
}

/** The shape of the official pack's siem_events.json: id1..id15, several sharing one instant. */
export function officialSiemEvents(): ApiSiemEvent[] {
  const hours = ['01', '02', '03', '04', '05', '06', '07', '09', '09', '09', '11', '12', '13', '14', '14'];
  return hours.map((h, i) => {
    const time = `2025-01-02T${h}:39:39.095Z`;
    return {
      id: `id${i + 1}`,
      eventType: 'DeviceLocationUpdated',
      actorObjectType: 'Device',
      actorDisplayName: `device-${i + 1}`,
      objectDisplayName: 'Device Location',
      objectProperties: 'PropertyName[0]=City;OldValue[0]=Paris;NewValue[0]=Lyon',
      verb: 'Updated',
      createdDateTimeUtc: time,
      eventDateTimeUtc: time,
    };
  });
}

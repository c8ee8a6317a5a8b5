import type { AbsoluteClient } from '../client';
import { pageAt } from '../paging';
import { lazySchema, num, record, text, type OtherFields, type ReplyOf } from '../reply-schema';

/** Documented maximum page size of software reporting. */
export const APPLICATION_PAGE_MAX = 10_000;

/** One installed application on one device, as `/v3/reporting/applications*` returns it. */
const applicationSchema = lazySchema(() =>
  record({
    deviceAppId: text(),
    deviceUid: text(),
    accountUid: text(),
    appId: text(),
    appName: text(),
    appOriginalName: text(),
    appPublisher: text(),
    appOriginalPublisher: text(),
    appVersion: text(),
    appOriginalVersion: text(),
    esn: text(),
    deviceName: text(),
    deviceSerialNumber: text(),
    userName: text(),
    installPath: text(),
    osName: text(),
    installDateTimeUtc: text(),
    firstDetectDateTimeUtc: text(),
    lastScanDateTimeUtc: text(),
    major: num(),
    minor: num(),
  }),
);
export type ApiDeviceApplication = ReplyOf<typeof applicationSchema> & OtherFields;

export interface ApplicationQuery {
  /** Advanced filter expression (see filter.ts); without one the plain endpoint is used. */
  filter?: string;
  select?: readonly string[];
}

/** The 0-based page `page` of `pageSize` applications. */
export function applicationPage(
  client: AbsoluteClient,
  query: ApplicationQuery,
  page: number,
  pageSize: number,
): Promise<ApiDeviceApplication[]> {
  const advanced = query.filter !== undefined;
  const request = {
    method: 'GET' as const,
    path: advanced ? '/v3/reporting/applications-advanced' : '/v3/reporting/applications',
    query: { filter: query.filter, select: query.select?.join(',') },
  };
  return pageAt(client, request, page, { item: applicationSchema, pageSize });
}

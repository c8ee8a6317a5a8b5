import type { AbsoluteClient } from '../client';
import { pageAt } from '../paging';

/** Documented maximum page size of software reporting. */
export const APPLICATION_PAGE_MAX = 10_000;

/** One installed application on one device, as `/v3/reporting/applications*` returns it. */
export interface ApiDeviceApplication {
  deviceAppId?: string;
  deviceUid?: string;
  accountUid?: string;
  appId?: string;
  appName?: string;
  appOriginalName?: string;
  appPublisher?: string;
  appOriginalPublisher?: string;
  appVersion?: string;
  appOriginalVersion?: string;
  esn?: string;
  deviceName?: string;
  deviceSerialNumber?: string;
  userName?: string;
  installPath?: string;
  osName?: string;
  installDateTimeUtc?: string;
  firstDetectDateTimeUtc?: string;
  lastScanDateTimeUtc?: string;
  major?: number;
  minor?: number;
  [key: string]: unknown;
}

export interface ApplicationQuery {
  /** Advanced filter expression (see filter.ts); without one the plain endpoint is used. */
  filter?: string;
  select?: readonly string[];
}

/** The 0-based page `page` of `pageSize` applications. */
export function applicationPage(client: AbsoluteClient, query: ApplicationQuery, page: number, pageSize: number): Promise<ApiDeviceApplication[]> {
  const advanced = query.filter !== undefined;
  const request = {
    method: 'GET' as const,
    path: advanced ? '/v3/reporting/applications-advanced' : '/v3/reporting/applications',
    query: { filter: query.filter, select: query.select?.join(',') },
  };
  return pageAt<ApiDeviceApplication>(client, request, page, pageSize);
}

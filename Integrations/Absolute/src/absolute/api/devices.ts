import type { AbsoluteClient } from '../client';
import { collect, pageAt, pages, type Page } from '../paging';
import { deviceRecordSchema, deviceSchema, type ApiDevice, type ApiDeviceRecord } from './types';

/** Documented maximum page size of device reporting. */
export const DEVICE_PAGE_MAX = 500;

export interface DeviceQuery {
  /** Advanced filter expression (see filter.ts); omitted when undefined. */
  filter?: string;
  select?: readonly string[];
  sortBy?: string;
}

function request(query: DeviceQuery) {
  const advanced = query.filter !== undefined;
  return {
    method: 'GET' as const,
    path: advanced ? '/v3/reporting/devices-advanced' : '/v3/reporting/devices',
    query: { filter: query.filter, select: query.select?.join(','), sortBy: query.sortBy },
  };
}

export function devicePage(client: AbsoluteClient, query: DeviceQuery, page: number, pageSize: number): Promise<ApiDevice[]> {
  return pageAt(client, request(query), page, { item: deviceSchema, pageSize });
}

export function allDevices(client: AbsoluteClient, query: DeviceQuery, limit?: number): Promise<ApiDevice[]> {
  return collect(client, request(query), { item: deviceSchema, pageSize: DEVICE_PAGE_MAX, limit });
}

export function devicePages(client: AbsoluteClient, query: DeviceQuery, pageSize = DEVICE_PAGE_MAX): AsyncGenerator<Page<ApiDevice>> {
  return pages(client, request(query), { item: deviceSchema, pageSize });
}

/** Pages of device records checked only for being records, for exports of any selected field. */
export function deviceRecordPages(
  client: AbsoluteClient,
  query: DeviceQuery,
  pageSize = DEVICE_PAGE_MAX,
): AsyncGenerator<Page<ApiDeviceRecord>> {
  return pages(client, request(query), { item: deviceRecordSchema, pageSize });
}

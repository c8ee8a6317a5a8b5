import type { AbsoluteClient } from '../client';
import type { ApiActionRequest, ApiDeviceAction } from './types';
import { collect } from '../paging';
import { pathSegment } from '../query';
import { textId } from './ids';

export const WIPE_MAX_DEVICES = 10_000;
export const WIPE_PAGE_MAX = 500;

export interface WipeRequestBody {
  deviceUids: readonly string[];
  macUsername?: string;
  macPwd?: string;
  unenrollDevicesAndFreeLicenses: boolean;
}

/** A wipe request's counters, as `/v3/actions/requests/wipe` returns them. */
export type ApiWipeRequest = ApiActionRequest;

/** One device's wipe action; `certificateUid` names its Certificate of Sanitization once done. */
export interface ApiWipeAction extends ApiDeviceAction {
  certificateUid?: string;
}

export interface WipeListFilter {
  createdFromDateTimeUtc?: string;
  createdToDateTimeUtc?: string;
  requestStatus?: string;
}

export async function createWipeRequest(client: AbsoluteClient, body: WipeRequestBody): Promise<string | undefined> {
  const response = await client.request<{ requestUid?: string }>({ method: 'POST', path: '/v3/actions/requests/wipe', body });
  return textId(response.data?.requestUid);
}

export async function getWipeRequest(client: AbsoluteClient, requestUid: string): Promise<ApiWipeRequest | undefined> {
  const response = await client.request<ApiWipeRequest>({ method: 'GET', path: `/v3/actions/requests/wipe/${pathSegment(requestUid)}` });
  return response.data;
}

export function listWipeRequests(client: AbsoluteClient, filter: WipeListFilter, limit: number): Promise<ApiWipeRequest[]> {
  return collect<ApiWipeRequest>(client, { method: 'GET', path: '/v3/actions/requests/wipe', query: { ...filter } }, { pageSize: Math.min(limit, WIPE_PAGE_MAX), limit });
}

/** get-actions is a POST (it takes a device list); an empty list means every device. */
export function listWipeActions(
  client: AbsoluteClient,
  options: { requestUid?: string; deviceUids: readonly string[]; actionStatus?: string; createdFromDateTimeUtc?: string; createdToDateTimeUtc?: string },
  limit: number,
): Promise<ApiWipeAction[]> {
  const path = options.requestUid ? `/v3/actions/wipe/get-actions/${pathSegment(options.requestUid)}` : '/v3/actions/wipe/get-actions';
  const query = { actionStatus: options.actionStatus, createdFromDateTimeUtc: options.createdFromDateTimeUtc, createdToDateTimeUtc: options.createdToDateTimeUtc };
  return collect<ApiWipeAction>(client, { method: 'POST', path, query, body: { deviceUids: options.deviceUids }, readOnly: true }, { pageSize: Math.min(limit, WIPE_PAGE_MAX), limit });
}

export async function cancelWipeActions(client: AbsoluteClient, requestUid: string, actionUids: readonly string[], cancelAllActions: boolean): Promise<void> {
  await client.request({ method: 'POST', path: `/v3/actions/wipe/cancel-actions/${pathSegment(requestUid)}`, body: { actionUids, cancelAllActions } });
}

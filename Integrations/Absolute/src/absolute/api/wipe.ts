import type { AbsoluteClient } from '../client';
import { collect } from '../paging';
import { pathSegment } from '../query';
import { lazySchema, record, text, type OtherFields, type ReplyOf } from '../reply-schema';
import { presentId } from './ids';
import { actionRequestShape, createdSchema, deviceActionShape, type ActionRequestFilter } from './types';

export const WIPE_MAX_DEVICES = 10_000;
export const WIPE_PAGE_MAX = 500;

export interface WipeRequestBody {
  deviceUids: readonly string[];
  macUsername?: string;
  macPwd?: string;
  unenrollDevicesAndFreeLicenses: boolean;
}

/** A wipe request's counters, as `/v3/actions/requests/wipe` returns them. */
const wipeRequestSchema = lazySchema(() => record(actionRequestShape()));
export type ApiWipeRequest = ReplyOf<typeof wipeRequestSchema> & OtherFields;

/** One device's wipe action; `certificateUid` names its Certificate of Sanitization once done. */
const wipeActionSchema = lazySchema(() => record({ ...deviceActionShape(), certificateUid: text() }));
export type ApiWipeAction = ReplyOf<typeof wipeActionSchema> & OtherFields;

export async function createWipeRequest(client: AbsoluteClient, body: WipeRequestBody): Promise<string | undefined> {
  const response = await client.request({ method: 'POST', path: '/v3/actions/requests/wipe', body }, createdSchema);
  return presentId(response.data?.requestUid);
}

export async function getWipeRequest(client: AbsoluteClient, requestUid: string): Promise<ApiWipeRequest | undefined> {
  const response = await client.request({ method: 'GET', path: `/v3/actions/requests/wipe/${pathSegment(requestUid)}` }, wipeRequestSchema);
  return response.data;
}

export function listWipeRequests(client: AbsoluteClient, filter: ActionRequestFilter, limit: number): Promise<ApiWipeRequest[]> {
  const request = { method: 'GET' as const, path: '/v3/actions/requests/wipe', query: { ...filter } };
  return collect(client, request, { item: wipeRequestSchema, pageSize: Math.min(limit, WIPE_PAGE_MAX), limit });
}

/** get-actions is a POST (it takes a device list); an empty list means every device. */
export function listWipeActions(
  client: AbsoluteClient,
  options: {
    requestUid?: string;
    deviceUids: readonly string[];
    actionStatus?: string;
    createdFromDateTimeUtc?: string;
    createdToDateTimeUtc?: string;
  },
  limit: number,
): Promise<ApiWipeAction[]> {
  const path = options.requestUid ? `/v3/actions/wipe/get-actions/${pathSegment(options.requestUid)}` : '/v3/actions/wipe/get-actions';
  const query = {
    actionStatus: options.actionStatus,
    createdFromDateTimeUtc: options.createdFromDateTimeUtc,
    createdToDateTimeUtc: options.createdToDateTimeUtc,
  };
  const request = { method: 'POST' as const, path, query, body: { deviceUids: options.deviceUids }, readOnly: true };
  return collect(client, request, { item: wipeActionSchema, pageSize: Math.min(limit, WIPE_PAGE_MAX), limit });
}

export async function cancelWipeActions(
  client: AbsoluteClient,
  requestUid: string,
  actionUids: readonly string[],
  cancelAllActions: boolean,
): Promise<void> {
  await client.request({
    method: 'POST',
    path: `/v3/actions/wipe/cancel-actions/${pathSegment(requestUid)}`,
    body: { actionUids, cancelAllActions },
  });
}

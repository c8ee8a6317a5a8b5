import type { AbsoluteClient } from '../client';
import { collect, pageAt } from '../paging';
import { pathSegment } from '../query';
import { textId } from './ids';
import { unlessNotFound } from './not-found';

/** Documented maximum number of devices in one freeze or remove-freeze request. */
export const FREEZE_MAX_DEVICES = 10_000;
/** Documented maximum page size of freeze request details and freeze messages. */
export const FREEZE_PAGE_MAX = 500;

export const FREEZE_TYPES = ['OnDemand', 'Scheduled', 'OffLine'] as const;
export type FreezeType = (typeof FREEZE_TYPES)[number];
export const PASSCODE_OPTIONS = ['UserDefined', 'RandomForEach', 'RandomForAll'] as const;
export type PasscodeOption = (typeof PASSCODE_OPTIONS)[number];

/** Body of `POST /v3/actions/requests/freeze`: either `message` + `messageName` or `messageUid`. */
export interface FreezePayload {
  requestTitle: string;
  deviceUids: string[];
  freezeDefinition: { deviceFreezeType: FreezeType; scheduledFreezeDateTimeUtc?: string; offlineTimeSeconds?: number };
  passcodeDefinition: { option: PasscodeOption; passcode?: string; length?: number };
  message?: string;
  messageName?: string;
  messageUid?: string;
  notificationEmails?: string[];
}

/** An error the create call may report next to the request id (the v2 API did; v3 may). */
export interface ApiFreezeError {
  message?: string;
  messageKey?: string;
  detail?: { deviceUids?: string[] };
}

export interface ApiFreezeStatus {
  actionUid?: string;
  status?: string;
  messageKey?: string;
  message?: string;
  [key: string]: unknown;
}

/** One device's record in a freeze request. */
export interface ApiFreezeRequestRecord {
  id?: string;
  requestUid?: string;
  deviceUid?: string;
  requestTitle?: string;
  statuses?: ApiFreezeStatus[];
  configuration?: Record<string, unknown>;
  requester?: string;
  createdDateTimeUtc?: string;
  changedDateTimeUtc?: string;
  notificationEmails?: string[];
  eventHistoryId?: string;
  policyGroupUid?: string;
  policyConfigurationVersion?: number;
  freezePolicyUid?: string;
  isDownloaded?: boolean;
  isCurrent?: boolean;
  actionStatus?: string;
  actionStatusDetails?: string;
  [key: string]: unknown;
}

export interface ApiFreezeMessage {
  messageUid?: string;
  name?: string;
  content?: string;
  createdBy?: string;
  changedBy?: string;
  createdDateTimeUtc?: string;
  changedDateTimeUtc?: string;
}

export interface FreezeMessageBody {
  name: string;
  content: string;
}

export async function createFreezeRequest(client: AbsoluteClient, payload: FreezePayload): Promise<{ requestUid?: string; errors?: ApiFreezeError[] }> {
  const response = await client.request<{ requestUid?: string; errors?: ApiFreezeError[] }>({ method: 'POST', path: '/v3/actions/requests/freeze', body: payload });
  const data: unknown = response.data;
  const created = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as { requestUid?: unknown; errors?: ApiFreezeError[] }) : {};
  return { ...created, requestUid: textId(created.requestUid) };
}

/** Per-device records of a freeze request; undefined when the request does not exist. */
export function freezeRequestRecords(client: AbsoluteClient, requestUid: string): Promise<ApiFreezeRequestRecord[] | undefined> {
  const path = `/v3/actions/freeze/requests/${pathSegment(requestUid)}`;
  return unlessNotFound(collect<ApiFreezeRequestRecord>(client, { method: 'GET', path }, { pageSize: FREEZE_PAGE_MAX }));
}

export async function removeFreeze(client: AbsoluteClient, body: { deviceUids: string[]; removeScheduled: boolean; removeOffline: boolean }): Promise<number> {
  const response = await client.request({ method: 'POST', path: '/v3/actions/freeze/remove-freeze', body });
  return response.status;
}

export function freezeMessagePage(client: AbsoluteClient, page: number, pageSize: number): Promise<ApiFreezeMessage[]> {
  return pageAt<ApiFreezeMessage>(client, { method: 'GET', path: '/v3/actions/freeze/messages' }, page, pageSize);
}

/** One message, or undefined when there is none with that id. */
export async function freezeMessage(client: AbsoluteClient, messageUid: string): Promise<ApiFreezeMessage | undefined> {
  const response = await unlessNotFound(client.request<ApiFreezeMessage | ApiFreezeMessage[]>({ method: 'GET', path: messagePath(messageUid) }));
  const data = response?.data;
  // The API answers with one object; a list (as some gateways wrap it) is accepted too.
  return Array.isArray(data) ? data[0] : data;
}

export async function createFreezeMessage(client: AbsoluteClient, body: FreezeMessageBody): Promise<string | undefined> {
  const response = await client.request<{ messageUid?: string }>({ method: 'POST', path: '/v3/actions/freeze/messages', body });
  return textId(response.data?.messageUid);
}

/** False when there is no message with that id (nothing was changed). */
export async function updateFreezeMessage(client: AbsoluteClient, messageUid: string, body: FreezeMessageBody): Promise<boolean> {
  return (await unlessNotFound(client.request({ method: 'PUT', path: messagePath(messageUid), body }))) !== undefined;
}

/** False when there is no message with that id (nothing was deleted). */
export async function deleteFreezeMessage(client: AbsoluteClient, messageUid: string): Promise<boolean> {
  return (await unlessNotFound(client.request({ method: 'DELETE', path: messagePath(messageUid) }))) !== undefined;
}

function messagePath(messageUid: string): string {
  return `/v3/actions/freeze/messages/${pathSegment(messageUid)}`;
}

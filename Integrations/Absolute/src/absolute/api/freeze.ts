import { z } from 'zod';
import type { AbsoluteClient } from '../client';
import { collect, pageAt } from '../paging';
import { pathSegment } from '../query';
import { flag, lazySchema, list, nested, num, record, text, type OtherFields, type ReplyOf } from '../reply-schema';
import { presentId } from './ids';
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

/** The create call's reply: the request id, and errors it may report (the v2 API did; v3 may). */
const createdFreezeSchema = lazySchema(() =>
  record({
    requestUid: text(),
    errors: list(record({ message: text(), messageKey: text(), detail: nested({ deviceUids: list(z.string()) }) })),
  }),
);
export type ApiFreezeError = NonNullable<ReplyOf<typeof createdFreezeSchema>['errors']>[number];

/** One device's record in a freeze request. */
const freezeRecordSchema = lazySchema(() =>
  record({
    id: text(),
    requestUid: text(),
    deviceUid: text(),
    requestTitle: text(),
    statuses: list(record({ actionUid: text(), status: text(), messageKey: text(), message: text() })),
    // Passed through to the context as the API wrote it.
    configuration: z.record(z.string(), z.unknown()).nullish(),
    requester: text(),
    createdDateTimeUtc: text(),
    changedDateTimeUtc: text(),
    notificationEmails: list(z.string()),
    eventHistoryId: text(),
    policyGroupUid: text(),
    policyConfigurationVersion: num(),
    freezePolicyUid: text(),
    isDownloaded: flag(),
    isCurrent: flag(),
    actionStatus: text(),
    actionStatusDetails: text(),
  }),
);
export type ApiFreezeRequestRecord = ReplyOf<typeof freezeRecordSchema> & OtherFields;

const freezeMessageShape = () =>
  record({
    messageUid: text(),
    name: text(),
    content: text(),
    createdBy: text(),
    changedBy: text(),
    createdDateTimeUtc: text(),
    changedDateTimeUtc: text(),
  });
const freezeMessageSchema = lazySchema(freezeMessageShape);
/** The API answers a read of one message with an object; a list (as some gateways wrap it) is accepted too. */
const oneFreezeMessageSchema = lazySchema(() => z.union([freezeMessageShape(), z.array(freezeMessageShape())]));
export type ApiFreezeMessage = ReplyOf<typeof freezeMessageSchema>;

const createdMessageSchema = lazySchema(() => record({ messageUid: text() }));

export interface FreezeMessageBody {
  name: string;
  content: string;
}

export async function createFreezeRequest(
  client: AbsoluteClient,
  payload: FreezePayload,
): Promise<{ requestUid?: string; errors: ApiFreezeError[] }> {
  const response = await client.request({ method: 'POST', path: '/v3/actions/requests/freeze', body: payload }, createdFreezeSchema);
  return { requestUid: presentId(response.data?.requestUid), errors: response.data?.errors ?? [] };
}

/** Per-device records of a freeze request; undefined when the request does not exist. */
export function freezeRequestRecords(client: AbsoluteClient, requestUid: string): Promise<ApiFreezeRequestRecord[] | undefined> {
  const path = `/v3/actions/freeze/requests/${pathSegment(requestUid)}`;
  return unlessNotFound(collect(client, { method: 'GET', path }, { item: freezeRecordSchema, pageSize: FREEZE_PAGE_MAX }));
}

export async function removeFreeze(
  client: AbsoluteClient,
  body: { deviceUids: string[]; removeScheduled: boolean; removeOffline: boolean },
): Promise<number> {
  const response = await client.request({ method: 'POST', path: '/v3/actions/freeze/remove-freeze', body });
  return response.status;
}

export function freezeMessagePage(client: AbsoluteClient, page: number, pageSize: number): Promise<ApiFreezeMessage[]> {
  return pageAt(client, { method: 'GET', path: '/v3/actions/freeze/messages' }, page, { item: freezeMessageSchema, pageSize });
}

/** One message, or undefined when there is none with that id. */
export async function freezeMessage(client: AbsoluteClient, messageUid: string): Promise<ApiFreezeMessage | undefined> {
  const response = await unlessNotFound(client.request({ method: 'GET', path: messagePath(messageUid) }, oneFreezeMessageSchema));
  const data = response?.data;
  return Array.isArray(data) ? data[0] : data;
}

export async function createFreezeMessage(client: AbsoluteClient, body: FreezeMessageBody): Promise<string | undefined> {
  const response = await client.request({ method: 'POST', path: '/v3/actions/freeze/messages', body }, createdMessageSchema);
  return presentId(response.data?.messageUid);
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

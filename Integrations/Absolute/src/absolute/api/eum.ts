import type { AbsoluteClient } from '../client';
import { collect } from '../paging';
import { pathSegment } from '../query';
import { lazySchema, num, record, text, type OtherFields, type ReplyOf } from '../reply-schema';
import { presentId } from './ids';
import { unlessNotFound } from './not-found';
import { actionRequestShape, createdSchema, deviceActionSchema, type ApiDeviceAction, type ActionRequestFilter } from './types';

export const EUM_MAX_DEVICES = 10_000;
export const EUM_PAGE_MAX = 500;
export const EUM_MESSAGE_MAX = 15_000;
export const DISPLAY_MODES = ['Dialog', 'FullScreen'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

/** Body of `POST /v3/actions/requests/eum`: `message` or `messageUid`, never both. */
export interface EumRequestBody {
  deviceUids: readonly string[];
  submitButtonCaption: string;
  message?: string;
  messageUid?: string;
  scheduledDateTimeUtc?: string;
  snoozeTimes?: number;
  displayMode?: DisplayMode;
  requestTitle?: string;
}

/** A Send Message request: the action counters plus what was sent. */
const eumRequestSchema = lazySchema(() =>
  record({
    ...actionRequestShape(),
    scheduledDateTimeUtc: text(),
    message: text(),
    snoozeTimes: num(),
    displayMode: text(),
    submitButtonCaption: text(),
  }),
);
export type ApiEumRequest = ReplyOf<typeof eumRequestSchema> & OtherFields;

/** A saved End User Message (created in the console). */
const eumMessageSchema = lazySchema(() =>
  record({
    messageUid: text(),
    name: text(),
    content: text(),
    logo: text(),
    createdDateTimeUtc: text(),
    updatedDateTimeUtc: text(),
    createdByUserUid: text(),
    updatedByUserUid: text(),
  }),
);
export type ApiEumMessage = ReplyOf<typeof eumMessageSchema> & OtherFields;

export async function createEumRequest(client: AbsoluteClient, body: EumRequestBody): Promise<string | undefined> {
  const response = await client.request({ method: 'POST', path: '/v3/actions/requests/eum', body }, createdSchema);
  return presentId(response.data?.requestUid);
}

/** One request, or undefined when there is none with that id. */
export async function getEumRequest(client: AbsoluteClient, requestUid: string): Promise<ApiEumRequest | undefined> {
  const response = await unlessNotFound(
    client.request({ method: 'GET', path: `/v3/actions/requests/eum/${pathSegment(requestUid)}` }, eumRequestSchema),
  );
  return response?.data;
}

export function listEumRequests(client: AbsoluteClient, filter: ActionRequestFilter, limit: number): Promise<ApiEumRequest[]> {
  return collect(
    client,
    { method: 'GET', path: '/v3/actions/requests/eum', query: { ...filter } },
    { item: eumRequestSchema, pageSize: Math.min(limit, EUM_PAGE_MAX), limit },
  );
}

/** The per-device actions of one request (get-actions is a POST; an empty device list means all). */
export function listEumActions(client: AbsoluteClient, requestUid: string, limit: number): Promise<ApiDeviceAction[]> {
  const request = {
    method: 'POST' as const,
    path: `/v3/actions/eum/get-actions/${pathSegment(requestUid)}`,
    body: { deviceUids: [] },
    readOnly: true,
  };
  return collect(client, request, { item: deviceActionSchema, pageSize: Math.min(limit, EUM_PAGE_MAX), limit });
}

export function listEumMessages(client: AbsoluteClient, limit: number): Promise<ApiEumMessage[]> {
  return collect(
    client,
    { method: 'GET', path: '/v3/actions/eum/messages' },
    { item: eumMessageSchema, pageSize: Math.min(limit, EUM_PAGE_MAX), limit },
  );
}

/** One saved message, or undefined when there is none with that id. */
export async function getEumMessage(client: AbsoluteClient, messageUid: string): Promise<ApiEumMessage | undefined> {
  const response = await unlessNotFound(
    client.request({ method: 'GET', path: `/v3/actions/eum/messages/${pathSegment(messageUid)}` }, eumMessageSchema),
  );
  return response?.data;
}

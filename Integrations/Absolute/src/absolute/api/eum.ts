import type { AbsoluteClient } from '../client';
import { collect } from '../paging';
import { pathSegment } from '../query';
import { textId } from './ids';
import { unlessNotFound } from './not-found';
import type { ApiActionRequest, ApiDeviceAction } from './types';

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
export interface ApiEumRequest extends ApiActionRequest {
  scheduledDateTimeUtc?: string;
  message?: string;
  snoozeTimes?: number;
  displayMode?: string;
  submitButtonCaption?: string;
}

/** A saved End User Message (created in the console). */
export interface ApiEumMessage {
  messageUid?: string;
  name?: string;
  content?: string;
  logo?: string;
  createdDateTimeUtc?: string;
  updatedDateTimeUtc?: string;
  createdByUserUid?: string;
  updatedByUserUid?: string;
}

export interface EumListFilter {
  createdFromDateTimeUtc?: string;
  createdToDateTimeUtc?: string;
  requestStatus?: string;
}

export async function createEumRequest(client: AbsoluteClient, body: EumRequestBody): Promise<string | undefined> {
  const response = await client.request<{ requestUid?: string }>({ method: 'POST', path: '/v3/actions/requests/eum', body });
  return textId(response.data?.requestUid);
}

/** One request, or undefined when there is none with that id. */
export async function getEumRequest(client: AbsoluteClient, requestUid: string): Promise<ApiEumRequest | undefined> {
  const response = await unlessNotFound(
    client.request<ApiEumRequest>({ method: 'GET', path: `/v3/actions/requests/eum/${pathSegment(requestUid)}` }),
  );
  return response?.data;
}

export function listEumRequests(client: AbsoluteClient, filter: EumListFilter, limit: number): Promise<ApiEumRequest[]> {
  return collect<ApiEumRequest>(
    client,
    { method: 'GET', path: '/v3/actions/requests/eum', query: { ...filter } },
    { pageSize: Math.min(limit, EUM_PAGE_MAX), limit },
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
  return collect<ApiDeviceAction>(client, request, { pageSize: Math.min(limit, EUM_PAGE_MAX), limit });
}

export function listEumMessages(client: AbsoluteClient, limit: number): Promise<ApiEumMessage[]> {
  return collect<ApiEumMessage>(
    client,
    { method: 'GET', path: '/v3/actions/eum/messages' },
    { pageSize: Math.min(limit, EUM_PAGE_MAX), limit },
  );
}

/** One saved message, or undefined when there is none with that id. */
export async function getEumMessage(client: AbsoluteClient, messageUid: string): Promise<ApiEumMessage | undefined> {
  const response = await unlessNotFound(
    client.request<ApiEumMessage>({ method: 'GET', path: `/v3/actions/eum/messages/${pathSegment(messageUid)}` }),
  );
  return response?.data;
}

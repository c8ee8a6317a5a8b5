import type { AbsoluteClient } from '../client';
import type { ApiActionRequest, ApiDeviceAction } from './types';
import { collect } from '../paging';
import { pathSegment } from '../query';
import { textId } from './ids';
import { unlessNotFound } from './not-found';

/** Documented maximum number of devices in one unenrollment request. */
export const UNENROLL_MAX_DEVICES = 10_000;
const ACTIONS_PAGE_MAX = 500;

/** Summary of an unenrollment request: counters per action status. */
export interface ApiUnenrollRequest extends ApiActionRequest {
  excludeMissingDevices?: boolean;
}

/** One device's unenrollment action. */
export type ApiUnenrollAction = ApiDeviceAction;

export async function createUnenrollRequest(client: AbsoluteClient, body: { deviceUids: string[]; excludeMissingDevices: boolean }): Promise<string | undefined> {
  const response = await client.request<{ requestUid?: string }>({ method: 'POST', path: '/v3/actions/requests/unenroll', body });
  return textId(response.data?.requestUid);
}

/** The request's summary, or undefined when the API does not know the request. */
export async function unenrollRequestSummary(client: AbsoluteClient, requestUid: string): Promise<ApiUnenrollRequest | undefined> {
  const path = `/v3/actions/requests/unenroll/${pathSegment(requestUid)}`;
  const response = await unlessNotFound(client.request<ApiUnenrollRequest | ApiUnenrollRequest[]>({ method: 'GET', path }));
  const data = response?.data;
  return Array.isArray(data) ? data[0] : data;
}

/** Unenrollment actions of the given devices, across every request (the caller filters by request). */
export function unenrollActions(client: AbsoluteClient, deviceUids: readonly string[]): Promise<ApiUnenrollAction[]> {
  return collect<ApiUnenrollAction>(client, { method: 'POST', path: '/v3/actions/unenroll/get-actions', body: { deviceUids }, readOnly: true }, { pageSize: ACTIONS_PAGE_MAX });
}

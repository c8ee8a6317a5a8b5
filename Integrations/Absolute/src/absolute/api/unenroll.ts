import { z } from 'zod';
import type { AbsoluteClient } from '../client';
import { collect } from '../paging';
import { pathSegment } from '../query';
import { flag, lazySchema, record, type OtherFields, type ReplyOf } from '../reply-schema';
import { presentId } from './ids';
import { unlessNotFound } from './not-found';
import { actionRequestShape, createdSchema, deviceActionShape } from './types';

/** Documented maximum number of devices in one unenrollment request. */
export const UNENROLL_MAX_DEVICES = 10_000;
const ACTIONS_PAGE_MAX = 500;

/** Summary of an unenrollment request: counters per action status. */
const unenrollRequestShape = () => record({ ...actionRequestShape(), excludeMissingDevices: flag() });
/** The API answers with one object; a list (as some gateways wrap it) is accepted too. */
const unenrollSummarySchema = lazySchema(() => z.union([unenrollRequestShape(), z.array(unenrollRequestShape())]));
export type ApiUnenrollRequest = z.output<ReturnType<typeof unenrollRequestShape>> & OtherFields;

/** One device's unenrollment action. */
const unenrollActionSchema = lazySchema(() => record(deviceActionShape()));
export type ApiUnenrollAction = ReplyOf<typeof unenrollActionSchema> & OtherFields;

export async function createUnenrollRequest(
  client: AbsoluteClient,
  body: { deviceUids: string[]; excludeMissingDevices: boolean },
): Promise<string | undefined> {
  const response = await client.request({ method: 'POST', path: '/v3/actions/requests/unenroll', body }, createdSchema);
  return presentId(response.data?.requestUid);
}

/** The request's summary, or undefined when the API does not know the request. */
export async function unenrollRequestSummary(client: AbsoluteClient, requestUid: string): Promise<ApiUnenrollRequest | undefined> {
  const path = `/v3/actions/requests/unenroll/${pathSegment(requestUid)}`;
  const response = await unlessNotFound(client.request({ method: 'GET', path }, unenrollSummarySchema));
  const data = response?.data;
  return Array.isArray(data) ? data[0] : data;
}

/** Unenrollment actions of the given devices, across every request (the caller filters by request). */
export function unenrollActions(client: AbsoluteClient, deviceUids: readonly string[]): Promise<ApiUnenrollAction[]> {
  const request = { method: 'POST' as const, path: '/v3/actions/unenroll/get-actions', body: { deviceUids }, readOnly: true };
  return collect(client, request, { item: unenrollActionSchema, pageSize: ACTIONS_PAGE_MAX });
}

import { z } from 'zod';
import type { AbsoluteClient } from '../client';
import { collect } from '../paging';
import { lazySchema, list, record, text, type OtherFields, type ReplyOf } from '../reply-schema';

/** The operation text allows 100 devices per missing report (its schema says 10,000; the stricter limit is kept). */
export const MISSING_MAX_DEVICES = 100;
export const FOUND_MAX_DEVICES = 10_000;
export const MISSING_PAGE_MAX = 500;

/** What `POST /v3/tracking/device-missing/missing|found` answers: who was reported, who not and why. */
const missingOutcomeSchema = lazySchema(() =>
  record({
    successDeviceUids: list(z.string()),
    failDeviceUids: list(z.string()),
    deviceMissingFailDetails: list(record({ deviceUid: text(), reason: text() })),
  }),
);
export type ApiMissingOutcome = ReplyOf<typeof missingOutcomeSchema>;

/** One device reported missing, as `GET /v3/tracking/device-missing/missing` lists it. */
const missingDeviceSchema = lazySchema(() =>
  record({ deviceUid: text(), emailContacts: list(z.string()), creationDateTimeUtc: text(), lastNotificationDateTimeUtc: text() }),
);
export type ApiMissingDevice = ReplyOf<typeof missingDeviceSchema> & OtherFields;

/** Both bounds inclusive (the API's `…FromInclusive` / `…ToInclusive` parameters). */
export interface MissingListFilter {
  deviceUid?: string;
  creationDateTimeUtcFromInclusive?: string;
  creationDateTimeUtcToInclusive?: string;
  lastNotificationDateTimeUtcFromInclusive?: string;
  lastNotificationDateTimeUtcToInclusive?: string;
}

export async function reportMissing(
  client: AbsoluteClient,
  deviceUids: readonly string[],
  emailContacts: readonly string[],
): Promise<ApiMissingOutcome> {
  const body = emailContacts.length > 0 ? { deviceUids, emailContacts } : { deviceUids };
  const response = await client.request({ method: 'POST', path: '/v3/tracking/device-missing/missing', body }, missingOutcomeSchema);
  return response.data ?? {};
}

export async function reportFound(client: AbsoluteClient, deviceUids: readonly string[]): Promise<ApiMissingOutcome> {
  const response = await client.request(
    { method: 'POST', path: '/v3/tracking/device-missing/found', body: { deviceUids } },
    missingOutcomeSchema,
  );
  return response.data ?? {};
}

export function listMissingDevices(client: AbsoluteClient, filter: MissingListFilter, limit: number): Promise<ApiMissingDevice[]> {
  const request = { method: 'GET' as const, path: '/v3/tracking/device-missing/missing', query: { ...filter } };
  return collect(client, request, { item: missingDeviceSchema, pageSize: Math.min(limit, MISSING_PAGE_MAX), limit });
}

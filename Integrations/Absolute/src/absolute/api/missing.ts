import type { AbsoluteClient } from '../client';
import { collect } from '../paging';

/** The operation text allows 100 devices per missing report (its schema says 10,000; the stricter limit is kept). */
export const MISSING_MAX_DEVICES = 100;
export const FOUND_MAX_DEVICES = 10_000;
export const MISSING_PAGE_MAX = 500;

/** What `POST /v3/tracking/device-missing/missing|found` answers: who was reported, who not and why. */
export interface ApiMissingOutcome {
  successDeviceUids?: string[];
  failDeviceUids?: string[];
  deviceMissingFailDetails?: Array<{ deviceUid?: string; reason?: string }>;
}

/** One device reported missing, as `GET /v3/tracking/device-missing/missing` lists it. */
export interface ApiMissingDevice {
  deviceUid?: string;
  emailContacts?: string[];
  creationDateTimeUtc?: string;
  lastNotificationDateTimeUtc?: string;
  [key: string]: unknown;
}

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
  return outcome((await client.request<ApiMissingOutcome>({ method: 'POST', path: '/v3/tracking/device-missing/missing', body })).data);
}

export async function reportFound(client: AbsoluteClient, deviceUids: readonly string[]): Promise<ApiMissingOutcome> {
  return outcome(
    (await client.request<ApiMissingOutcome>({ method: 'POST', path: '/v3/tracking/device-missing/found', body: { deviceUids } })).data,
  );
}

export function listMissingDevices(client: AbsoluteClient, filter: MissingListFilter, limit: number): Promise<ApiMissingDevice[]> {
  const request = { method: 'GET' as const, path: '/v3/tracking/device-missing/missing', query: { ...filter } };
  return collect<ApiMissingDevice>(client, request, { pageSize: Math.min(limit, MISSING_PAGE_MAX), limit });
}

/** Replies are not trusted to have the documented shape: anything but an object reads as empty. */
function outcome(data: unknown): ApiMissingOutcome {
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as ApiMissingOutcome) : {};
}

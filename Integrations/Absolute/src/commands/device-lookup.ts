import { allDevices } from '../absolute/api/devices';
import type { ApiDevice } from '../absolute/api/types';
import type { AbsoluteClient } from '../absolute/client';
import { anyOf, chunk } from '../absolute/filter';

/** Identifiers per request: keeps each filter expression small while needing few requests. */
const LOOKUP_CHUNK = 100;

/** A device report field that identifies devices, with the values wanted for it. */
export interface Lookup {
  field: 'deviceUid' | 'deviceName' | 'serialNumber' | 'localIp' | 'publicIp';
  values: readonly string[];
}

/** Finds the devices matching any of the lookups, chunked, each device once. */
export async function lookUpDevices(client: AbsoluteClient, lookups: readonly Lookup[], select: readonly string[]): Promise<ApiDevice[]> {
  const byUid = new Map<string, ApiDevice>();
  for (const lookup of lookups) {
    for (const values of chunk(lookup.values, LOOKUP_CHUNK)) {
      for (const device of await allDevices(client, { filter: anyOf(lookup.field, values), select })) {
        byUid.set(device.deviceUid ?? `unknown-${byUid.size}`, device);
      }
    }
  }
  return [...byUid.values()];
}

/** The wanted values that no returned device carries (compared case-insensitively). */
export function notFound(lookup: Lookup, devices: readonly ApiDevice[]): string[] {
  const found = new Set(devices.map((d) => String(d[lookup.field] ?? '').toLowerCase()));
  return lookup.values.filter((v) => !found.has(v.toLowerCase()));
}

import { allDevices } from '../../absolute/api/devices';
import type { ApiDevice } from '../../absolute/api/types';
import type { AbsoluteClient } from '../../absolute/client';
import { anyOf, chunk } from '../../absolute/filter';
import { arg, ArgumentError } from '../../xsoar/args';
import type { JsonObject } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { describeArgs, UUID_HINT, UUID_PATTERN } from '../shared';
import { LOCATION_SELECT, LOCATION_TABLE_HEADERS, locationContext } from './location-context';

/** Identifiers per request: keeps each filter expression small while needing few requests. */
const LOOKUP_CHUNK = 100;

const LOOKUPS = [
  { arg: 'device_ids', field: 'deviceUid', read: (d: ApiDevice) => d.deviceUid },
  { arg: 'device_names', field: 'deviceName', read: (d: ApiDevice) => d.deviceName },
  { arg: 'serial_numbers', field: 'serialNumber', read: (d: ApiDevice) => d.serialNumber },
] as const;

type LookupArg = (typeof LOOKUPS)[number]['arg'];

export const locationGetCommand = defineCommand({
  name: 'absolute-device-location-get',
  args: {
    device_ids: arg.list({ itemPattern: UUID_PATTERN, itemHint: UUID_HINT, maxItems: 10_000 }),
    device_names: arg.list({ maxItems: 10_000 }),
    serial_numbers: arg.list({ maxItems: 10_000 }),
  },
  async run({ client }, args) {
    const wanted: Record<LookupArg, string[]> = {
      device_ids: args.device_ids,
      device_names: args.device_names,
      serial_numbers: args.serial_numbers,
    };
    if (LOOKUPS.every((l) => wanted[l.arg].length === 0)) {
      // Without an identifier the API would return the whole fleet; this command never does that.
      throw new ArgumentError('device_ids', 'give at least one of device_ids, device_names or serial_numbers');
    }
    const devices = await lookUp(client, wanted);
    const notFound = missing(wanted, devices);
    if (devices.length === 0) {
      return { readable: `No device locations found in Absolute for the given filters: ${describeArgs(wanted)}.${notFound}`, raw: [] };
    }
    const located: JsonObject[] = [];
    const unlocated: string[] = [];
    for (const device of devices) {
      const context = locationContext(device);
      if (context) located.push(context);
      else unlocated.push(device.deviceName ? `${device.deviceName} (${device.deviceUid ?? '?'})` : (device.deviceUid ?? '?'));
    }
    const noLocation = unlocated.length
      ? `\nNo location is recorded for: ${unlocated.join(', ')}. Either the device has not reported one yet, or the API token lacks View on Geolocation (the API then leaves location data out without an error).`
      : '';
    if (located.length === 0)
      return { readable: `Absolute has no location for the matching devices.${noLocation}${notFound}`, raw: devices };
    return {
      readable: `${tableToMarkdown('Absolute devices location:', located, { headers: LOCATION_TABLE_HEADERS, removeNull: true })}${noLocation}${notFound}`,
      raw: devices,
      outputs: [{ prefix: 'Absolute.LocationReport', keyField: 'ID', value: located }],
    };
  },
});

async function lookUp(client: AbsoluteClient, wanted: Record<LookupArg, string[]>): Promise<ApiDevice[]> {
  const byUid = new Map<string, ApiDevice>();
  for (const lookup of LOOKUPS) {
    for (const values of chunk(wanted[lookup.arg], LOOKUP_CHUNK)) {
      for (const device of await allDevices(client, { filter: anyOf(lookup.field, values), select: LOCATION_SELECT })) {
        byUid.set(device.deviceUid ?? `#${byUid.size}`, device);
      }
    }
  }
  return [...byUid.values()];
}

function missing(wanted: Record<LookupArg, string[]>, devices: readonly ApiDevice[]): string {
  const absent = LOOKUPS.flatMap((l) => {
    const found = new Set(devices.map((d) => l.read(d)?.toLowerCase()));
    return wanted[l.arg].filter((v) => !found.has(v.toLowerCase())).map((v) => `${l.arg}: ${v}`);
  });
  return absent.length ? `\nNot found in Absolute: ${absent.join(', ')}.` : '';
}

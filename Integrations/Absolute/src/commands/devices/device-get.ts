import { allDevices } from '../../absolute/api/devices';
import type { ApiDevice } from '../../absolute/api/types';
import type { AbsoluteClient } from '../../absolute/client';
import { anyOf, chunk } from '../../absolute/filter';
import { arg, ArgumentError } from '../../xsoar/args';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { UUID_HINT, UUID_PATTERN } from '../shared';
import { DEVICE_GET_SELECT, deviceContext } from './device-context';

/** Identifiers per request: keeps each filter expression small while needing few requests. */
const LOOKUP_CHUNK = 100;

/** How each identifier argument is looked up, and how a returned device is matched back to it. */
const LOOKUPS = [
  { arg: 'device_ids', field: 'deviceUid', read: (d: ApiDevice) => d.deviceUid },
  { arg: 'device_names', field: 'deviceName', read: (d: ApiDevice) => d.deviceName },
  { arg: 'serial_numbers', field: 'serialNumber', read: (d: ApiDevice) => d.serialNumber },
  { arg: 'local_ips', field: 'localIp', read: (d: ApiDevice) => d.localIp },
  { arg: 'public_ips', field: 'publicIp', read: (d: ApiDevice) => d.publicIp },
] as const;

type LookupArg = (typeof LOOKUPS)[number]['arg'];

export const deviceGetCommand = defineCommand({
  name: 'absolute-device-get',
  args: {
    fields: arg.list({ maxItems: 200, itemPattern: /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/, itemHint: 'not a field name' }),
    device_ids: arg.list({ itemPattern: UUID_PATTERN, itemHint: UUID_HINT, maxItems: 10_000 }),
    device_names: arg.list({ maxItems: 10_000 }),
    serial_numbers: arg.list({ maxItems: 10_000 }),
    local_ips: arg.list({ maxItems: 10_000 }),
    public_ips: arg.list({ maxItems: 10_000 }),
  },
  async run({ client }, args) {
    const wanted: Record<LookupArg, string[]> = {
      device_ids: args.device_ids, device_names: args.device_names, serial_numbers: args.serial_numbers,
      local_ips: args.local_ips, public_ips: args.public_ips,
    };
    if (LOOKUPS.every((l) => wanted[l.arg].length === 0)) {
      // Without an identifier the API would return the whole fleet; this command never does that.
      throw new ArgumentError('device_ids', 'give at least one of device_ids, device_names, serial_numbers, local_ips or public_ips');
    }
    const select = [...new Set([...args.fields, ...DEVICE_GET_SELECT])];
    const devices = await lookUp(client, wanted, select);
    const missing = LOOKUPS.flatMap((l) => {
      const found = new Set(devices.map((d) => l.read(d)?.toLowerCase()));
      return wanted[l.arg].filter((v) => !found.has(v.toLowerCase())).map((v) => `${l.arg}: ${v}`);
    });
    const notFound = missing.length ? `\nNot found in Absolute: ${missing.join(', ')}.` : '';
    if (devices.length === 0) return { readable: `No devices found in Absolute for the given identifiers.${notFound}`, raw: [] };
    const outputs = devices.map(deviceContext);
    return {
      readable: `${tableToMarkdown('Absolute devices list:', outputs, { removeNull: true })}${notFound}`,
      raw: devices,
      outputs: [{ prefix: 'Absolute.Device', keyField: 'Id', value: outputs }],
    };
  },
});

async function lookUp(client: AbsoluteClient, wanted: Record<LookupArg, string[]>, select: string[]): Promise<ApiDevice[]> {
  const byUid = new Map<string, ApiDevice>();
  for (const lookup of LOOKUPS) {
    for (const values of chunk(wanted[lookup.arg], LOOKUP_CHUNK)) {
      for (const device of await allDevices(client, { filter: anyOf(lookup.field, values), select })) {
        byUid.set(device.deviceUid ?? `${byUid.size}`, device);
      }
    }
  }
  return [...byUid.values()];
}

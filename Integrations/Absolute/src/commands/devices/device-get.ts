import { arg, ArgumentError } from '../../xsoar/args';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { UUID_HINT, UUID_PATTERN } from '../shared';
import { DEVICE_GET_HEADERS, DEVICE_GET_SELECT, deviceContext } from './device-context';
import { lookUpDevices, notFound, type Lookup } from '../device-lookup';

/** Identifier argument → the device report field it is looked up in. */
const FIELDS = {
  device_ids: 'deviceUid',
  device_names: 'deviceName',
  serial_numbers: 'serialNumber',
  local_ips: 'localIp',
  public_ips: 'publicIp',
} as const;

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
    const lookups = (Object.keys(FIELDS) as Array<keyof typeof FIELDS>).map((name) => ({ name, field: FIELDS[name], values: args[name] }));
    if (lookups.every((l) => l.values.length === 0)) {
      // Without an identifier the API would return the whole fleet; this command never does that.
      throw new ArgumentError('device_ids', 'give at least one of device_ids, device_names, serial_numbers, local_ips or public_ips');
    }
    const select = mergeSelect(args.fields, DEVICE_GET_SELECT);
    const devices = await lookUpDevices(client, lookups satisfies Lookup[], select);
    const missing = lookups.flatMap((l) => notFound(l, devices).map((v) => `${l.name}: ${v}`));
    const notFoundLine = missing.length ? `\nNot found in Absolute: ${missing.join(', ')}.` : '';
    if (devices.length === 0) return { readable: `No devices found in Absolute for the given identifiers.${notFoundLine}`, raw: [] };
    const outputs = devices.map(deviceContext);
    return {
      readable: `${tableToMarkdown('Absolute devices list:', outputs, { headers: DEVICE_GET_HEADERS, removeNull: true })}${notFoundLine}`,
      raw: devices,
      outputs: [{ prefix: 'Absolute.Device', keyField: 'Id', value: outputs }],
    };
  },
});

/**
 * The API refuses a parent and its child in one `select`: a requested parent (`bios`) replaces the
 * default children (`bios.version`), and a requested child of a default parent is already covered.
 */
export function mergeSelect(requested: readonly string[], defaults: readonly string[]): string[] {
  const out = new Set<string>([...requested, ...defaults]);
  for (const field of out) {
    for (const other of out) {
      if (other !== field && other.startsWith(`${field}.`)) out.delete(other);
    }
  }
  return [...out];
}

import { devicePage, devicePages, type DeviceQuery } from '../../absolute/api/devices';
import type { AbsoluteClient } from '../../absolute/client';
import type { ApiDevice } from '../../absolute/api/types';
import { allOf, anyOf, equals } from '../../absolute/filter';
import { arg } from '../../xsoar/args';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { describeArgs } from '../shared';
import { DEVICE_LIST_SELECT, DEVICE_TABLE_HEADERS, deviceContext } from './device-context';

const AGENT_STATUS = { Active: 'A', Disabled: 'D', Inactive: 'I' } as const;

export const deviceListCommand = defineCommand({
  name: 'absolute-device-list',
  args: {
    filter: arg.string({ maxLength: 4000 }),
    agent_status: arg.choice(['Active', 'Disabled', 'Inactive'] as const),
    os_name: arg.string({ maxLength: 256 }),
    os_version: arg.string({ maxLength: 256 }),
    manufacturer: arg.string({ maxLength: 256 }),
    model: arg.string({ maxLength: 256 }),
    user_names: arg.list({ maxItems: 100 }),
    limit: arg.number({ defaultValue: 50, min: 1, max: 500 }),
    page: arg.number({ defaultValue: 0, min: 0, max: 10_000 }),
  },
  async run({ client }, args) {
    // Different arguments narrow the result (and); values of one list argument widen it (or).
    const filter = allOf([
      args.filter,
      args.agent_status && equals('agentStatus', AGENT_STATUS[args.agent_status]),
      equals('operatingSystemName', args.os_name),
      equals('systemManufacturer', args.manufacturer),
      equals('systemModel', args.model),
      anyOf('usernameContains', args.user_names),
    ]);
    const query = { filter, select: DEVICE_LIST_SELECT };
    const devices = args.os_version
      ? await pageMatchingVersion(client, query, args.os_version, args.page, args.limit)
      : await devicePage(client, query, args.page, args.limit);
    if (devices.length === 0) {
      return { readable: `No devices found in Absolute for the given filters: ${describeArgs({ ...args, limit: undefined, page: undefined })}.`, raw: [] };
    }
    const outputs = devices.map(deviceContext);
    const table = tableToMarkdown('Absolute devices list:', outputs, { headers: DEVICE_TABLE_HEADERS, removeNull: true });
    return {
      readable: `${table}\nAbove results are with page number: ${args.page} and with limit: ${args.limit}.`,
      raw: devices,
      outputs: [{ prefix: 'Absolute.Device', keyField: 'Id', value: outputs }],
    };
  },
});

/**
 * The API has no server-side filter on the OS version, so the pack filters while paging: it walks
 * the other filters' results and keeps the requested page of the matching devices.
 */
async function pageMatchingVersion(client: AbsoluteClient, query: DeviceQuery, version: string, page: number, limit: number): Promise<ApiDevice[]> {
  const wanted = version.toLowerCase();
  const skip = page * limit;
  const out: ApiDevice[] = [];
  let matched = 0;
  for await (const current of devicePages(client, { ...query, select: [...(query.select ?? []), 'operatingSystem.version'] })) {
    for (const device of current.items) {
      if (String(device.operatingSystem?.['version'] ?? '').toLowerCase() !== wanted) continue;
      if (matched++ < skip) continue;
      out.push(device);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

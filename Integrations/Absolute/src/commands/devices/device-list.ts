import { devicePage, devicePages, type DeviceQuery } from '../../absolute/api/devices';
import type { ApiDevice } from '../../absolute/api/types';
import type { AbsoluteClient } from '../../absolute/client';
import { arg } from '../../xsoar/args';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { describeArgs } from '../shared';
import { DEVICE_LIST_SELECT, DEVICE_TABLE_HEADERS, deviceContext } from './device-context';
import { DEVICE_FILTER_ARGS, deviceFilter } from './device-filter';

export const deviceListCommand = defineCommand({
  name: 'absolute-device-list',
  args: {
    filter: DEVICE_FILTER_ARGS.filter,
    agent_status: DEVICE_FILTER_ARGS.agent_status,
    os_name: DEVICE_FILTER_ARGS.os_name,
    os_version: arg.string({ maxLength: 256 }),
    manufacturer: DEVICE_FILTER_ARGS.manufacturer,
    model: DEVICE_FILTER_ARGS.model,
    user_names: DEVICE_FILTER_ARGS.user_names,
    limit: arg.number({ defaultValue: 50, min: 1, max: 500 }),
    page: arg.number({ defaultValue: 0, min: 0, max: 10_000 }),
  },
  async run({ client }, args) {
    const query = { filter: deviceFilter(args), select: DEVICE_LIST_SELECT };
    const devices = args.os_version
      ? await pageMatchingVersion(client, query, args.os_version, args.page, args.limit)
      : await devicePage(client, query, args.page, args.limit);
    if (devices.length === 0) {
      return {
        readable: `No devices found in Absolute for the given filters: ${describeArgs({ ...args, limit: undefined, page: undefined })}.`,
        raw: [],
      };
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
async function pageMatchingVersion(
  client: AbsoluteClient,
  query: DeviceQuery,
  version: string,
  page: number,
  limit: number,
): Promise<ApiDevice[]> {
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

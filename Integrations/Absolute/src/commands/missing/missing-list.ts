import { listMissingDevices } from '../../absolute/api/missing';
import { arg } from '../../xsoar/args';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { UUID_HINT, UUID_PATTERN } from '../shared';
import { isoDateArg } from '../request-args';
import { missingDeviceContext } from './missing-outcome';

export const missingListCommand = defineCommand({
  name: 'absolute-device-missing-list',
  args: {
    device_id: arg.string({ pattern: UUID_PATTERN, patternHint: UUID_HINT }),
    created_from_date_time_utc: isoDateArg(),
    created_to_date_time_utc: isoDateArg(),
    notified_from_date_time_utc: isoDateArg(),
    notified_to_date_time_utc: isoDateArg(),
    limit: arg.number({ defaultValue: 50, min: 1, max: 10_000 }),
  },
  async run({ client }, args) {
    const devices = await listMissingDevices(
      client,
      {
        deviceUid: args.device_id?.toLowerCase(),
        creationDateTimeUtcFromInclusive: args.created_from_date_time_utc,
        creationDateTimeUtcToInclusive: args.created_to_date_time_utc,
        lastNotificationDateTimeUtcFromInclusive: args.notified_from_date_time_utc,
        lastNotificationDateTimeUtcToInclusive: args.notified_to_date_time_utc,
      },
      args.limit,
    );
    if (devices.length === 0)
      return { readable: args.device_id ? `The device ${args.device_id} is not reported missing.` : 'No missing devices found.', raw: [] };
    const rows = devices.map(missingDeviceContext);
    return {
      readable: tableToMarkdown('Absolute missing devices:', rows, {
        headers: ['DeviceUID', 'CreationDateTimeUtc', 'LastNotificationDateTimeUtc', 'EmailContacts'],
        removeNull: true,
      }),
      raw: devices,
      outputs: [{ prefix: 'Absolute.MissingDevice', keyField: 'DeviceUID', value: rows }],
    };
  },
});

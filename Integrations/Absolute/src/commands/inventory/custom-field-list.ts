import { deviceCustomFields } from '../../absolute/api/custom-fields';
import { allDevices } from '../../absolute/api/devices';
import type { AbsoluteClient } from '../../absolute/client';
import { AbsoluteApiError, AbsoluteError } from '../../absolute/errors';
import { equals } from '../../absolute/filter';
import { arg } from '../../xsoar/args';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { UUID_HINT, UUID_PATTERN } from '../shared';
import { customFieldContext, customFieldRows } from './custom-field-context';

export const customFieldListCommand = defineCommand({
  name: 'absolute-custom-device-field-list',
  args: {
    device_id: arg.string({ required: true, pattern: UUID_PATTERN, patternHint: UUID_HINT }),
    limit: arg.number({ defaultValue: 50, min: 1, max: 10_000 }),
    all_results: arg.boolean(),
  },
  async run({ client }, args) {
    const deviceUid = args.device_id as string;
    // One extra value tells whether the list was cut at `limit`.
    const wanted = args.all_results ? undefined : args.limit + 1;
    const values = await deviceCustomFields(client, deviceUid, wanted).catch((error: unknown) => {
      if (error instanceof AbsoluteApiError && error.status === 404) throw unknownDevice(deviceUid);
      throw error;
    });
    if (values.length === 0) {
      // The API answers an empty list both for a device without values and, on some tenants, for an unknown device.
      if (!(await deviceExists(client, deviceUid))) throw unknownDevice(deviceUid);
      return {
        readable: `Device ${deviceUid} has no custom device fields set in Absolute (the API lists only fields that have a value on the device).`,
        raw: [],
      };
    }
    const shown = args.all_results ? values : values.slice(0, args.limit);
    const more = shown.length < values.length ? `\nShowing the first ${args.limit} fields; use all_results=true to see them all.` : '';
    return {
      readable: `${tableToMarkdown('Absolute Custom device field list', customFieldRows(shown), { headers: ['CDF ID', 'Field Name', 'Field Value'] })}${more}`,
      raw: shown,
      outputs: [{ prefix: 'Absolute.CustomDeviceField', keyField: 'DeviceUID', value: customFieldContext(deviceUid, shown) }],
    };
  },
});

function unknownDevice(deviceUid: string): AbsoluteError {
  return new AbsoluteError(`No device with device_id ${deviceUid} was found in Absolute.`, {
    suggestion:
      "Check the device UID (absolute-device-list or absolute-device-get show it as Id); the API token's device group scope may also hide the device.",
  });
}

async function deviceExists(client: AbsoluteClient, deviceUid: string): Promise<boolean> {
  const found = await allDevices(client, { filter: equals('deviceUid', deviceUid), select: ['deviceUid'] }, 1);
  return found.length > 0;
}

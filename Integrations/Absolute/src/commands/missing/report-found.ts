import { FOUND_MAX_DEVICES, reportFound } from '../../absolute/api/missing';
import { defineCommand } from '../command';
import { inChunks } from '../in-chunks';
import { DEVICE_TARGET_ARGS, describeResolutions, requireDeviceTarget, resolveDevices } from '../resolve-devices';
import { outcomeRows, outcomeTable } from './missing-outcome';

/** Ends the missing-device workflow for devices that were recovered. */
export const reportFoundCommand = defineCommand({
  name: 'absolute-device-report-found',
  args: { ...DEVICE_TARGET_ARGS },
  async run({ client }, args) {
    requireDeviceTarget(args);
    const { deviceUids, resolutions } = await resolveDevices(client, args);
    const outcomes = await inChunks(
      deviceUids,
      FOUND_MAX_DEVICES,
      (part) => reportFound(client, part),
      (done) => `${done.length} found report(s) of ${FOUND_MAX_DEVICES} devices each were sent.`,
    );
    const rows = outcomeRows('ReportFound', deviceUids, outcomes);
    const ok = rows.filter((r) => r['LastActionSucceeded'] === true).length;
    return {
      readable: `${outcomeTable(`Absolute reported ${ok} of ${rows.length} device(s) found`, rows)}${describeResolutions(resolutions)}`,
      raw: outcomes,
      outputs: [{ prefix: 'Absolute.MissingDevice', keyField: 'DeviceUID', value: rows }],
    };
  },
});

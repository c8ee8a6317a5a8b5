import { FREEZE_MAX_DEVICES, removeFreeze } from '../../absolute/api/freeze';
import { arg } from '../../xsoar/args';
import { defineCommand } from '../command';
import { DEVICE_TARGET_ARGS, describeResolutions, requireDeviceTarget, resolveDevices } from '../resolve-devices';
import { inChunks } from './in-chunks';

export const removeFreezeRequestCommand = defineCommand({
  name: 'absolute-device-remove-freeze-request',
  args: {
    ...DEVICE_TARGET_ARGS,
    remove_scheduled: arg.boolean(),
    remove_offline: arg.boolean(),
  },
  async run({ client }, args) {
    requireDeviceTarget(args);
    const { deviceUids, resolutions } = await resolveDevices(client, args);
    const options = { removeScheduled: args.remove_scheduled, removeOffline: args.remove_offline };
    const sent = await inChunks(
      deviceUids,
      FREEZE_MAX_DEVICES,
      async (part) => {
        await removeFreeze(client, { deviceUids: part, ...options });
        return part.length;
      },
      (done) => `remove-freeze was sent for the first ${done.reduce((a, b) => a + b, 0)} devices.`,
    );
    const split = sent.length > 1 ? `The ${deviceUids.length} devices were sent in ${sent.length} requests of at most ${FREEZE_MAX_DEVICES}.\n` : '';
    const flags = `Options sent: removeScheduled=${options.removeScheduled}, removeOffline=${options.removeOffline}.\n`;
    return {
      readable: `Successfully removed freeze request for devices ids: ${deviceUids.join(', ')}.\n${flags}${split}${describeResolutions(resolutions)}`,
      raw: { deviceUids, ...options, requests: sent.length },
    };
  },
});

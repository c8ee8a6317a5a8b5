import { FREEZE_MAX_DEVICES, removeFreeze } from '../../absolute/api/freeze';
import { arg } from '../../xsoar/args';
import type { AbsoluteClient } from '../../absolute/client';
import { lookUpDevices } from '../device-lookup';
import { pollingArgs, POLLING_ARGS, schedule, type PollingSettings } from '../polling';
import { defineCommand } from '../command';
import { DEVICE_TARGET_ARGS, describeResolutions, requireDeviceTarget, resolveDevices } from '../resolve-devices';
import { inChunks } from '../in-chunks';
import { describeDevices } from '../describe-targets';

export const removeFreezeRequestCommand = defineCommand({
  name: 'absolute-device-remove-freeze-request',
  args: {
    ...DEVICE_TARGET_ARGS,
    remove_scheduled: arg.boolean(),
    remove_offline: arg.boolean(),
    ...POLLING_ARGS,
    unfreeze_sent: arg.boolean({ hidden: true, defaultValue: false }),
  },
  async describeTargets({ client }, args) {
    if (args.unfreeze_sent) return `Reads the freeze state of ${args.device_ids.length} device(s) only.`;
    requireDeviceTarget(args);
    const also = [args.remove_scheduled ? 'scheduled' : '', args.remove_offline ? 'offline' : ''].filter(Boolean);
    return `Remove the freeze${also.length > 0 ? ` (and ${also.join(' and ')} freezes)` : ''} of ${await describeDevices(client, args)}`;
  },
  async run({ client }, args) {
    // A polling run only reads the devices' freeze state: remove-freeze is never sent twice.
    if (args.unfreeze_sent) return frozenCheck(client, args.device_ids, args);
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
    const split =
      sent.length > 1 ? `The ${deviceUids.length} devices were sent in ${sent.length} requests of at most ${FREEZE_MAX_DEVICES}.\n` : '';
    const flags = `Options sent: removeScheduled=${options.removeScheduled}, removeOffline=${options.removeOffline}.\n`;
    const result = {
      readable: `Successfully removed freeze request for devices ids: ${deviceUids.join(', ')}.\n${flags}${split}${describeResolutions(resolutions)}`,
      raw: { deviceUids, ...options, requests: sent.length },
    };
    if (!args.polling) return result;
    return schedule(result, 'absolute-device-remove-freeze-request', args, checkArgs(deviceUids, args));
  },
});

/** Devices unfreeze at their next check-in; polling waits until none of them reports Frozen. */
async function frozenCheck(client: AbsoluteClient, deviceUids: readonly string[], settings: PollingSettings) {
  const devices = await lookUpDevices(
    client,
    [{ field: 'deviceUid', values: deviceUids }],
    ['deviceUid', 'deviceName', 'deviceFreezeStatus'],
  );
  const frozen = devices.filter((d) => d.deviceFreezeStatus?.statusCode === 'FRZN');
  if (frozen.length > 0 && settings.polling) {
    return schedule(
      { readable: `Waiting for ${frozen.length} of ${deviceUids.length} device(s) to unfreeze.`, raw: frozen },
      'absolute-device-remove-freeze-request',
      settings,
      checkArgs(deviceUids, settings),
      frozen.length,
    );
  }
  const still = frozen.map((d) => d.deviceName ?? d.deviceUid).join(', ');
  return {
    readable: frozen.length ? `Still frozen: ${still}.` : `None of the ${deviceUids.length} device(s) is frozen any more.`,
    raw: devices,
  };
}

/** The next run checks the resolved devices only (names were resolved on the first run). */
function checkArgs(deviceUids: readonly string[], settings: PollingSettings): Record<string, string> {
  const { interval_in_seconds, timeout_in_seconds } = settings;
  return { ...pollingArgs({ device_ids: deviceUids, interval_in_seconds, timeout_in_seconds }, []), unfreeze_sent: 'true' };
}

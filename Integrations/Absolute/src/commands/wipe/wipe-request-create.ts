import { createWipeRequest, WIPE_MAX_DEVICES } from '../../absolute/api/wipe';
import { AbsoluteResponseError } from '../../absolute/errors';
import { lookUpDevices } from '../device-lookup';
import { arg, ArgumentError } from '../../xsoar/args';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { inChunks } from '../in-chunks';
import { pollingArgs, POLLING_ARGS, schedule } from '../polling';
import { describeResolutions, resolveDevices } from '../resolve-devices';
import { UUID_HINT, UUID_PATTERN } from '../shared';
import { WIPE_ELIGIBILITY_SELECT, wipeIneligibility } from './wipe-eligibility';
import { wipeStatusResult } from './wipe-status';
import { describeDevices } from '../describe-targets';

/** Wipe erases devices: this command resolves every target first and can dry-run. */
export const wipeRequestCreateCommand = defineCommand({
  name: 'absolute-wipe-request-create',
  args: {
    device_uids: arg.list({ itemPattern: UUID_PATTERN, itemHint: UUID_HINT, maxItems: 100_000 }),
    device_names: arg.list({ maxItems: 10_000 }),
    serial_numbers: arg.list({ maxItems: 10_000 }),
    mac_user_name: arg.string({ maxLength: 255 }),
    mac_pwd: arg.string({ maxLength: 255, secret: true }),
    unenroll_devices_and_free_licenses: arg.boolean({ defaultValue: false }),
    dry_run: arg.boolean({ defaultValue: false }),
    ...POLLING_ARGS,
  },
  async describeTargets({ client }, args) {
    if (args.request_uids.length > 0) return `Reads the wipe requests ${args.request_uids.join(', ')} only.`;
    checkWipeArgs(args);
    const targets = { device_ids: args.device_uids, device_names: args.device_names, serial_numbers: args.serial_numbers };
    const devices = await describeDevices(client, targets);
    const mac = args.mac_user_name !== undefined ? ', Mac devices with the given administrator account' : '';
    const unenroll = args.unenroll_devices_and_free_licenses ? ', then unenroll them and free their licenses' : '';
    return `ERASE ALL DATA${mac}${unenroll} on ${devices}`;
  },
  async run({ client }, args) {
    if (args.request_uids.length > 0) return wipeStatusResult(client, args.request_uids, args, 'absolute-wipe-request-create');
    checkWipeArgs(args);
    const { deviceUids, resolutions } = await resolveDevices(client, {
      device_ids: args.device_uids,
      device_names: args.device_names,
      serial_numbers: args.serial_numbers,
    });
    const resolved = describeResolutions(resolutions);
    if (args.dry_run) {
      const devices = await lookUpDevices(client, [{ field: 'deviceUid', values: deviceUids }], WIPE_ELIGIBILITY_SELECT);
      const hasMac = args.mac_user_name !== undefined;
      const rows = deviceUids.map((uid) => {
        const device = devices.find((d) => d.deviceUid?.toLowerCase() === uid);
        const reason = device ? wipeIneligibility(device, hasMac) : 'no such device in Absolute';
        return { DeviceUid: uid, DeviceName: device?.deviceName ?? '', Eligible: reason === undefined, Reason: reason ?? '' };
      });
      const eligible = rows.filter((r) => r.Eligible).length;
      return {
        readable: `${tableToMarkdown(`Wipe dry run: ${eligible} of ${rows.length} devices are eligible. Nothing was sent.`, rows, { headers: ['DeviceUid', 'DeviceName', 'Eligible', 'Reason'] })}${resolved}`,
        raw: rows,
        outputs: [{ prefix: 'Absolute.WipeEligibility', keyField: 'DeviceUid', value: rows }],
      };
    }
    const requestUids = await inChunks(
      deviceUids,
      WIPE_MAX_DEVICES,
      async (part) => {
        const uid = await createWipeRequest(client, {
          deviceUids: part,
          macUsername: args.mac_user_name,
          macPwd: args.mac_pwd,
          unenrollDevicesAndFreeLicenses: args.unenroll_devices_and_free_licenses,
        });
        if (!uid)
          throw new AbsoluteResponseError(
            'Absolute answered the wipe request without a requestUid; check the console before sending it again.',
            200,
          );
        return uid;
      },
      (done) => `wipe requests ${done.join(', ')} were created.`,
    );
    const result = {
      readable: `${requestUids.map((uid) => `Wipe request ${uid} has been successfully created.`).join('\n')}\n${resolved}`,
      raw: requestUids.map((requestUid) => ({ requestUid })),
      outputs: [{ prefix: 'Absolute.WipeRequest', keyField: 'requestUid', value: requestUids.map((requestUid) => ({ requestUid })) }],
    };
    return args.polling ? schedule(result, 'absolute-wipe-request-create', args, pollingArgs(withoutSecrets(args), requestUids)) : result;
  },
});

interface WipeTargetArgs {
  device_uids: string[];
  device_names: string[];
  serial_numbers: string[];
  mac_user_name?: string;
  mac_pwd?: string;
}

/** Checked before the targets are described and again before the wipe is sent. */
function checkWipeArgs(args: WipeTargetArgs): void {
  if (args.device_uids.length + args.device_names.length + args.serial_numbers.length === 0) {
    throw new ArgumentError('device_uids', 'give at least one of device_uids, device_names or serial_numbers');
  }
  if ((args.mac_user_name === undefined) !== (args.mac_pwd === undefined)) {
    const missing = args.mac_user_name === undefined ? 'mac_user_name' : 'mac_pwd';
    throw new ArgumentError(missing, 'give both mac_user_name and mac_pwd, or neither');
  }
}

/** The Mac password must not travel in polling arguments (they are shown in the War Room). */
function withoutSecrets(args: Record<string, unknown>): Record<string, unknown> {
  return {
    ...args,
    mac_pwd: undefined,
    mac_user_name: undefined,
    device_names: undefined,
    serial_numbers: undefined,
    device_uids: undefined,
    dry_run: undefined,
  };
}

import { groupsOfDevice, type ApiDeviceGroup } from '../../absolute/api/device-groups';
import { defineCommand } from '../command';
import { UUID_HINT, UUID_PATTERN } from '../shared';
import { arg, ArgumentError } from '../../xsoar/args';
import { DEVICE_TARGET_ARGS, describeResolutions, resolveDevices } from '../resolve-devices';
import { deviceGroupContext, groupsTable } from './device-group-view';

/** The groups each device belongs to; devices are named like the action commands name them. */
export const deviceGroupGetCommand = defineCommand({
  name: 'absolute-device-group-get',
  // device_id is the one-device form playbooks pass from a single context value.
  args: { device_id: arg.string({ pattern: UUID_PATTERN, patternHint: UUID_HINT }), ...DEVICE_TARGET_ARGS },
  async run({ client }, args) {
    const targets = { ...args, device_ids: args.device_id ? [args.device_id, ...args.device_ids] : args.device_ids };
    if (targets.device_ids.length + targets.device_names.length + targets.serial_numbers.length === 0) {
      throw new ArgumentError('device_id', 'give device_id, or at least one of device_ids, device_names or serial_numbers');
    }
    const { deviceUids, resolutions } = await resolveDevices(client, targets);
    const members = new Map<string, { group: ApiDeviceGroup; devices: string[] }>();
    const tables: string[] = [];
    for (const uid of deviceUids) {
      const groups = await groupsOfDevice(client, uid);
      if (!groups) {
        tables.push(`Absolute does not know the device ${uid}.\n`);
        continue;
      }
      for (const group of groups) {
        const key = group.deviceGroupUid?.toLowerCase() ?? '';
        const entry = members.get(key) ?? { group, devices: [] };
        entry.devices.push(uid);
        members.set(key, entry);
      }
      tables.push(
        groupsTable(
          `Absolute device groups of device ${uid}:`,
          groups.map((g) => deviceGroupContext(g)),
        ),
      );
    }
    const rows = [...members.values()].map((m) => deviceGroupContext(m.group, m.devices));
    return {
      readable: `${tables.join('')}${describeResolutions(resolutions)}`,
      raw: rows,
      outputs: rows.length > 0 ? [{ prefix: 'Absolute.DeviceGroup', keyField: 'DeviceGroupUID', value: rows }] : [],
    };
  },
});

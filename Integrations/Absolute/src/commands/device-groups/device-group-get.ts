import { groupsOfDevice, type ApiDeviceGroup } from '../../absolute/api/device-groups';
import { defineCommand } from '../command';
import { DEVICE_TARGET_ARGS, describeResolutions, requireDeviceTarget, resolveDevices } from '../resolve-devices';
import { str } from '../shared';
import { deviceGroupContext, groupsTable } from './device-group-view';

/** The groups each device belongs to; devices are named like the action commands name them. */
export const deviceGroupGetCommand = defineCommand({
  name: 'absolute-device-group-get',
  args: { ...DEVICE_TARGET_ARGS },
  async run({ client }, args) {
    requireDeviceTarget(args);
    const { deviceUids, resolutions } = await resolveDevices(client, args);
    const members = new Map<string, { group: ApiDeviceGroup; devices: string[] }>();
    const tables: string[] = [];
    for (const uid of deviceUids) {
      const groups = await groupsOfDevice(client, uid);
      if (!groups) {
        tables.push(`Absolute does not know the device ${uid}.\n`);
        continue;
      }
      for (const group of groups) {
        const key = str(group.deviceGroupUid)?.toLowerCase() ?? '';
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

import { GROUP_TYPES, listDeviceGroups } from '../../absolute/api/device-groups';
import { arg } from '../../xsoar/args';
import { defineCommand } from '../command';
import { deviceGroupContext, groupsTable } from './device-group-view';

export const deviceGroupListCommand = defineCommand({
  name: 'absolute-device-group-list',
  args: {
    display_name: arg.string({ maxLength: 255 }),
    group_type: arg.choice(GROUP_TYPES),
    limit: arg.number({ defaultValue: 50, min: 1, max: 10_000 }),
  },
  async run({ client }, args) {
    const groups = await listDeviceGroups(client, { displayName: args.display_name, groupType: args.group_type }, args.limit);
    if (groups.length === 0) return { readable: 'No device groups found.', raw: [] };
    const rows = groups.map((g) => deviceGroupContext(g));
    return {
      readable: groupsTable('Absolute device groups:', rows),
      raw: groups,
      outputs: [{ prefix: 'Absolute.DeviceGroup', keyField: 'DeviceGroupUID', value: rows }],
    };
  },
});

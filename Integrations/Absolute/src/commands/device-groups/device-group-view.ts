import type { ApiDeviceGroup } from '../../absolute/api/device-groups';
import type { JsonObject } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { compact } from '../shared';

export const GROUP_HEADERS = ['DeviceGroupUID', 'DisplayName', 'GroupType', 'Description'];

/** `Absolute.DeviceGroup`; `DeviceUIDs` lists the devices this command found in the group. */
export function deviceGroupContext(g: ApiDeviceGroup, deviceUids?: readonly string[]): JsonObject {
  return compact({
    DeviceGroupUID: g.deviceGroupUid?.toLowerCase(),
    DisplayName: g.displayName,
    GroupType: g.groupType,
    Description: g.description,
    DeviceUIDs: deviceUids ? [...deviceUids] : undefined,
  });
}

export function groupsTable(title: string, rows: readonly JsonObject[]): string {
  return tableToMarkdown(title, rows, { headers: GROUP_HEADERS, removeNull: true });
}

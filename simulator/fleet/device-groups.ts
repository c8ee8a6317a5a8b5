import type { DeviceIdentity } from './device-identity';
import type { DeviceReport } from './device-report';

/** A device group as `GET /v3/configurations/device-groups/groups` returns it. */
export interface DeviceGroup {
  deviceGroupUid: string;
  groupType: 'Smart' | 'Fixed';
  displayName: string;
  description: string;
}

interface GroupRule {
  group: DeviceGroup;
  /** Smart groups follow the live report; fixed groups follow who the device was assigned to. */
  contains(device: Readonly<DeviceReport>, identity: DeviceIdentity): boolean;
}

const RULES: readonly GroupRule[] = [
  smart(
    '5d0c8a71-2f4e-4b6a-9c1d-0e7f3a2b1c01',
    'All Windows devices',
    'Every device whose operating system is Windows.',
    (d) => d.platformOSType === 'Windows',
  ),
  smart(
    '5d0c8a71-2f4e-4b6a-9c1d-0e7f3a2b1c02',
    'All Mac devices',
    'Every device whose operating system is macOS.',
    (d) => d.platformOSType === 'Mac',
  ),
  smart('5d0c8a71-2f4e-4b6a-9c1d-0e7f3a2b1c03', 'Chromebooks', 'Every Chromebook.', (d) => d.platformOSType === 'Chrome'),
  smart(
    '5d0c8a71-2f4e-4b6a-9c1d-0e7f3a2b1c04',
    'Missing and stolen devices',
    'Devices reported missing or stolen.',
    (d) => d.deviceStatus !== undefined,
  ),
  smart(
    '5d0c8a71-2f4e-4b6a-9c1d-0e7f3a2b1c05',
    'Inactive agents',
    'Devices whose agent is inactive or disabled.',
    (d) => d.agentStatus !== 'A',
  ),
  fixed(
    '7e1f9b82-3a5d-4c7b-8d2e-1f8a4b3c2d11',
    'Executive laptops',
    'Laptops assigned to executives.',
    (d, i) => i.index === 0 || d.policyGroupName === 'Executives',
  ),
  fixed(
    '7e1f9b82-3a5d-4c7b-8d2e-1f8a4b3c2d12',
    'Finance and Accounting',
    'Devices of the finance and accounting teams.',
    (_, i) => i.department === 'FINANCE' || i.department === 'ACCOUNTING',
  ),
  fixed(
    '7e1f9b82-3a5d-4c7b-8d2e-1f8a4b3c2d13',
    'Sales and Marketing',
    'Devices of the sales and marketing teams.',
    (_, i) => i.department === 'SALES' || i.department === 'MKTG',
  ),
  fixed('7e1f9b82-3a5d-4c7b-8d2e-1f8a4b3c2d14', 'Engineering', 'Devices of the engineering team.', (_, i) => i.department === 'ENG'),
];

/** Every group of the simulated account, in a stable order. */
export const DEVICE_GROUPS: readonly DeviceGroup[] = RULES.map((r) => r.group);

/** The groups a device belongs to (what the device report calls `deviceGroupIds`). */
export function deviceGroupIdsFor(device: Readonly<DeviceReport>, identity: DeviceIdentity): string[] {
  return RULES.filter((rule) => rule.contains(device, identity)).map((rule) => rule.group.deviceGroupUid);
}

function smart(uid: string, displayName: string, description: string, contains: (d: Readonly<DeviceReport>) => boolean): GroupRule {
  return { group: { deviceGroupUid: uid, groupType: 'Smart', displayName, description }, contains };
}

function fixed(uid: string, displayName: string, description: string, contains: GroupRule['contains']): GroupRule {
  return { group: { deviceGroupUid: uid, groupType: 'Fixed', displayName, description }, contains };
}

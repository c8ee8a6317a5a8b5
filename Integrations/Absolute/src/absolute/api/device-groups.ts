import type { AbsoluteClient } from '../client';
import { collect } from '../paging';
import { pathSegment } from '../query';
import { unlessNotFound } from './not-found';

export const DEVICE_GROUP_PAGE_MAX = 500;
export const GROUP_TYPES = ['Smart', 'Fixed'] as const;

export interface ApiDeviceGroup {
  deviceGroupUid?: string;
  groupType?: string;
  displayName?: string;
  description?: string;
}

export interface DeviceGroupFilter {
  displayName?: string;
  groupType?: string;
}

export function listDeviceGroups(client: AbsoluteClient, filter: DeviceGroupFilter, limit: number): Promise<ApiDeviceGroup[]> {
  const request = { method: 'GET' as const, path: '/v3/configurations/device-groups/groups', query: { ...filter } };
  return collect<ApiDeviceGroup>(client, request, { pageSize: Math.min(limit, DEVICE_GROUP_PAGE_MAX), limit });
}

/** The groups a device belongs to; undefined when Absolute does not know the device. */
export function groupsOfDevice(client: AbsoluteClient, deviceUid: string): Promise<ApiDeviceGroup[] | undefined> {
  const path = `/v3/configurations/device-groups/devices/${pathSegment(deviceUid)}/groups`;
  return unlessNotFound(collect<ApiDeviceGroup>(client, { method: 'GET', path }));
}

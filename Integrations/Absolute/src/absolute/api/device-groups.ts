import type { AbsoluteClient } from '../client';
import { collect } from '../paging';
import { pathSegment } from '../query';
import { lazySchema, record, text, type OtherFields, type ReplyOf } from '../reply-schema';
import { unlessNotFound } from './not-found';

export const DEVICE_GROUP_PAGE_MAX = 500;
export const GROUP_TYPES = ['Smart', 'Fixed'] as const;

const deviceGroupSchema = lazySchema(() => record({ deviceGroupUid: text(), groupType: text(), displayName: text(), description: text() }));
export type ApiDeviceGroup = ReplyOf<typeof deviceGroupSchema> & OtherFields;

export interface DeviceGroupFilter {
  displayName?: string;
  groupType?: string;
}

export function listDeviceGroups(client: AbsoluteClient, filter: DeviceGroupFilter, limit: number): Promise<ApiDeviceGroup[]> {
  const request = { method: 'GET' as const, path: '/v3/configurations/device-groups/groups', query: { ...filter } };
  return collect(client, request, { item: deviceGroupSchema, pageSize: Math.min(limit, DEVICE_GROUP_PAGE_MAX), limit });
}

/** The groups a device belongs to; undefined when Absolute does not know the device. */
export function groupsOfDevice(client: AbsoluteClient, deviceUid: string): Promise<ApiDeviceGroup[] | undefined> {
  const path = `/v3/configurations/device-groups/devices/${pathSegment(deviceUid)}/groups`;
  return unlessNotFound(collect(client, { method: 'GET', path }, { item: deviceGroupSchema }));
}

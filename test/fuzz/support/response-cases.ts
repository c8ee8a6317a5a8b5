import { DEMO_DEVICE } from '../../../simulator';
import type { FuzzFixtures } from './good-values';

/** One command with arguments that make it use every route it can. */
export interface ResponseCase {
  name: string;
  command: string;
  args: Record<string, string>;
  lastRun?: Record<string, unknown>;
}

const FREEZE = {
  request_name: 'Fuzz',
  html_message: '<p>x</p>',
  message_name: 'Fuzz',
  device_freeze_type: 'OnDemand',
  passcode_type: 'RandomForAll',
  passcode_length: '6',
};
const SOME_UID = '11111111-2222-4333-8444-555555555555';

/** Ids the capture run needs to exist in the simulator; the fuzz runs reuse the same arguments. */
export interface CaseIds {
  freezeRequestUid: string;
  wipeRequestUid: string;
  spareMessageUid: string;
}

/**
 * The cases. With real ids the capture run against the simulator succeeds and records a real reply
 * for every route a case uses; with placeholder ids they only name the tests.
 */
export function responseCases(fx: FuzzFixtures, ids: CaseIds): ResponseCase[] {
  const other = fx.otherDeviceUid;
  return [
    { name: 'device list', command: 'absolute-device-list', args: { limit: '3', page: '1' } },
    { name: 'device list by OS version', command: 'absolute-device-list', args: { os_version: '10.0.22631', limit: '2' } },
    {
      name: 'device get',
      command: 'absolute-device-get',
      args: { device_names: DEMO_DEVICE.deviceName, device_ids: other, fields: 'networkAdapters,systemType' },
    },
    { name: 'endpoint', command: 'endpoint', args: { hostname: DEMO_DEVICE.deviceName, ip: '10.0.0.1' } },
    {
      name: 'freeze',
      command: 'absolute-device-freeze-request',
      args: { ...FREEZE, device_ids: DEMO_DEVICE.deviceUid, device_names: 'LAPTOP-7' },
    },
    {
      name: 'remove freeze',
      command: 'absolute-device-remove-freeze-request',
      args: { device_ids: DEMO_DEVICE.deviceUid, serial_numbers: DEMO_DEVICE.serialNumber },
    },
    { name: 'freeze request get', command: 'absolute-device-freeze-request-get', args: { request_uid: ids.freezeRequestUid } },
    { name: 'message list', command: 'absolute-device-freeze-message-list', args: { limit: '2' } },
    { name: 'message get', command: 'absolute-device-freeze-message-list', args: { message_id: fx.messageUid } },
    { name: 'message create', command: 'absolute-device-freeze-message-create', args: { message_name: 'Fuzz', html_message: '<p>x</p>' } },
    {
      name: 'message update',
      command: 'absolute-device-freeze-message-update',
      args: { message_id: fx.messageUid, message_name: 'Fuzz', html_message: '<p>y</p>' },
    },
    { name: 'message delete', command: 'absolute-device-freeze-message-delete', args: { message_id: ids.spareMessageUid || SOME_UID } },
    { name: 'unenroll', command: 'absolute-device-unenroll', args: { device_ids: other } },
    { name: 'custom field list', command: 'absolute-custom-device-field-list', args: { device_id: DEMO_DEVICE.deviceUid, limit: '2' } },
    {
      name: 'custom field update',
      command: 'absolute-custom-device-field-update',
      args: { device_id: DEMO_DEVICE.deviceUid, cdf_name: 'Department', value: 'IT' },
    },
    {
      name: 'application list',
      command: 'absolute-device-application-list',
      args: { device_ids: DEMO_DEVICE.deviceUid, limit: '3', return_fields: 'appName,appVersion,installPath' },
    },
    { name: 'location get', command: 'absolute-device-location-get', args: { device_names: DEMO_DEVICE.deviceName, device_ids: other } },
    {
      name: 'get events',
      command: 'absolute-device-get-events',
      args: { start_date: '2 hours ago', limit: '5', should_push_events: 'true' },
    },
    {
      name: 'fetch events',
      command: 'fetch-events',
      args: {},
      lastRun: { latest_events_time: '2026-05-04T08:30:00.000Z', latest_events_id: [] },
    },
    { name: 'wipe dry run', command: 'absolute-wipe-request-create', args: { device_uids: other, dry_run: 'true' } },
    { name: 'wipe create', command: 'absolute-wipe-request-create', args: { device_uids: other, polling: 'true' } },
    { name: 'wipe status', command: 'absolute-wipe-request-create', args: { request_uids: ids.wipeRequestUid, polling: 'true' } },
    { name: 'wipe request list', command: 'absolute-wipe-request-list', args: { limit: '3' } },
    { name: 'wipe request get', command: 'absolute-wipe-request-list', args: { request_uid: ids.wipeRequestUid } },
    { name: 'wipe actions list', command: 'absolute-wipe-actions-list', args: { request_uid: ids.wipeRequestUid, limit: '3' } },
    { name: 'wipe cancel', command: 'absolute-wipe-request-cancel', args: { request_uid: ids.wipeRequestUid, cancel_all_actions: 'true' } },
    { name: 'health', command: 'absolute-health', args: {} },
    { name: 'test-module', command: 'test-module', args: {} },
  ];
}

export const CASE_NAMES: readonly string[] = responseCases(
  { otherDeviceUid: '', messageUid: '', cdfUid: '', nowMs: 0 },
  { freezeRequestUid: '', wipeRequestUid: '', spareMessageUid: '' },
).map((c) => c.name);

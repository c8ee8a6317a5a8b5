import { DEMO_DEVICE } from '../../../simulator';

/** A command argument whose values the integration turns into filter literals of `fields`. */
export interface FilterCase {
  command: string;
  argument: string;
  /** The filter field(s) the values must appear under, exactly and nowhere else. */
  fields: readonly string[];
  list: boolean;
  base: Record<string, string>;
}

const FREEZE = {
  request_name: 'Fuzz',
  html_message: '<p>x</p>',
  message_name: 'Fuzz',
  device_freeze_type: 'OnDemand',
  passcode_type: 'RandomForAll',
  passcode_length: '6',
};

export const FILTER_CASES: readonly FilterCase[] = [
  { command: 'absolute-device-list', argument: 'os_name', fields: ['operatingSystemName'], list: false, base: {} },
  {
    command: 'absolute-device-list',
    argument: 'manufacturer',
    fields: ['systemManufacturer'],
    list: false,
    base: { agent_status: 'Active' },
  },
  { command: 'absolute-device-list', argument: 'model', fields: ['systemModel'], list: false, base: {} },
  {
    command: 'absolute-device-list',
    argument: 'user_names',
    fields: ['usernameContains'],
    list: true,
    base: { os_name: 'Windows 11 Pro' },
  },
  { command: 'absolute-device-get', argument: 'device_names', fields: ['deviceName'], list: true, base: {} },
  { command: 'absolute-device-get', argument: 'serial_numbers', fields: ['serialNumber'], list: true, base: {} },
  { command: 'absolute-device-get', argument: 'local_ips', fields: ['localIp'], list: true, base: {} },
  { command: 'absolute-device-get', argument: 'public_ips', fields: ['publicIp'], list: true, base: {} },
  { command: 'absolute-device-application-list', argument: 'device_names', fields: ['deviceNameContains'], list: true, base: {} },
  {
    command: 'absolute-device-application-list',
    argument: 'app_names',
    fields: ['appNameContains'],
    list: true,
    base: { device_ids: DEMO_DEVICE.deviceUid },
  },
  { command: 'absolute-device-application-list', argument: 'app_publishers', fields: ['appPublisherContains'], list: true, base: {} },
  { command: 'absolute-device-application-list', argument: 'user_names', fields: ['userNameContains'], list: true, base: {} },
  { command: 'absolute-device-application-list', argument: 'os', fields: ['osNameContains'], list: true, base: {} },
  { command: 'absolute-device-application-list', argument: 'esn', fields: ['esnContains'], list: true, base: {} },
  { command: 'absolute-device-location-get', argument: 'device_names', fields: ['deviceName'], list: true, base: {} },
  { command: 'absolute-device-location-get', argument: 'serial_numbers', fields: ['serialNumber'], list: true, base: {} },
  { command: 'endpoint', argument: 'hostname', fields: ['deviceName'], list: true, base: {} },
  { command: 'endpoint', argument: 'ip', fields: ['localIp', 'publicIp'], list: true, base: {} },
  { command: 'absolute-device-freeze-request', argument: 'device_names', fields: ['deviceName'], list: true, base: FREEZE },
  { command: 'absolute-device-unenroll', argument: 'serial_numbers', fields: ['serialNumber'], list: true, base: {} },
  { command: 'absolute-wipe-request-create', argument: 'device_names', fields: ['deviceName'], list: true, base: { dry_run: 'true' } },
];

/** A command argument that becomes a path segment. */
export interface PathCase {
  command: string;
  argument: string;
  base: Record<string, string>;
}

export const PATH_CASES: readonly PathCase[] = [
  { command: 'absolute-device-freeze-request-get', argument: 'request_uid', base: {} },
  { command: 'absolute-device-freeze-message-list', argument: 'message_id', base: {} },
  { command: 'absolute-device-freeze-message-update', argument: 'message_id', base: { html_message: '<p>x</p>', message_name: 'Fuzz' } },
  { command: 'absolute-device-freeze-message-delete', argument: 'message_id', base: {} },
  { command: 'absolute-custom-device-field-list', argument: 'device_id', base: {} },
  {
    command: 'absolute-custom-device-field-update',
    argument: 'device_id',
    base: { cdf_uid: '0b7f1c2e-4a5d-4e3f-8a1b-9c0d1e2f3a41', value: 'A-1' },
  },
  { command: 'absolute-wipe-request-list', argument: 'request_uid', base: {} },
  { command: 'absolute-wipe-actions-list', argument: 'request_uid', base: {} },
  { command: 'absolute-wipe-request-cancel', argument: 'request_uid', base: { cancel_all_actions: 'true' } },
  { command: 'absolute-wipe-request-create', argument: 'request_uids', base: {} },
];

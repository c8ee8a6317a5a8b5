import fc from 'fast-check';
import { DEMO_DEVICE } from '../../../simulator';

/** Ids that exist in the fuzz simulator, so valid-looking inputs reach deep into a command. */
export interface FuzzFixtures {
  otherDeviceUid: string;
  messageUid: string;
  cdfUid: string;
  nowMs: number;
}

const FUTURE = '2030-04-01T11:32:00.000Z';

/**
 * Plausible values per argument name (the names are shared across commands). Unknown names get
 * short words. Mixed with hostile strings by the property, these let runs get past the argument
 * checks, through device resolution, to the requests themselves.
 */
export function goodValue(name: string, fx: FuzzFixtures): fc.Arbitrary<string> {
  const uuid = fc.oneof(fc.constantFrom(DEMO_DEVICE.deviceUid, fx.otherDeviceUid, DEMO_DEVICE.deviceUid.toUpperCase()), fc.uuid());
  const number = (values: string[]) => fc.oneof(fc.constantFrom(...values), fc.integer({ min: -5, max: 100_001 }).map(String));
  const bool = fc.mixedCase(fc.constantFrom('true', 'false', 'yes', 'no', '1', '0'));
  const date = fc.constantFrom(
    '2026-05-04T08:00:00.000Z',
    '2026-05-04T08:59:00Z',
    'now',
    '3 hours ago',
    'one minute ago',
    '1777885200',
    '2026-13-40T00:00:00Z',
  );
  const byName: Record<string, fc.Arbitrary<string>> = {
    device_ids: uuid,
    device_uids: uuid,
    device_id: uuid,
    id: uuid,
    request_uids: fc.uuid(),
    action_uids: fc.uuid(),
    request_uid: fc.uuid(),
    message_id: fc.oneof(fc.constant(fx.messageUid), fc.uuid()),
    device_names: fc.constantFrom(DEMO_DEVICE.deviceName, 'laptop-7', 'RECEPTION-PC', 'NO-SUCH-DEVICE'),
    hostname: fc.constantFrom(DEMO_DEVICE.deviceName, 'x'),
    serial_numbers: fc.constantFrom(DEMO_DEVICE.serialNumber, 'NOPE'),
    esn: fc.constantFrom(DEMO_DEVICE.esn, '2BU2'),
    local_ips: fc.oneof(fc.ipV4(), fc.constant('10.0.0.7')),
    public_ips: fc.ipV4(),
    ip: fc.ipV4(),
    limit: number(['1', '5', '50', '500', '501', '0']),
    page: number(['0', '1', '2']),
    interval_in_seconds: number(['10', '30', '9']),
    timeout_in_seconds: number(['30', '600', '29']),
    offline_time_seconds: number(['1200', '1199', '2592000', '172800001']),
    passcode_length: number(['4', '6', '8', '3', '9']),
    passcode: fc.oneof(fc.constantFrom('1234', '12345678', '123', '1234a'), fc.stringMatching(/^\d{4,8}$/)),
    request_name: fc.constantFrom('Lost laptop', 'x'),
    message_name: fc.constantFrom('ACME freeze', 'y'),
    html_message: fc.constantFrom('<p>Call IT.</p>', 'z'),
    device_freeze_type: fc.mixedCase(fc.constantFrom('OnDemand', 'Scheduled', 'OffLine', 'Offline')),
    passcode_type: fc.mixedCase(fc.constantFrom('UserDefined', 'RandomForEach', 'RandomForAll')),
    scheduled_freeze_date: fc.constantFrom(FUTURE, '2030-04-01T11:32:00+02:00', '2020-01-01T00:00:00Z', '2030-02-30T00:00:00Z', 'tomorrow'),
    notification_emails: fc.oneof(fc.emailAddress(), fc.constantFrom('it@acme.example', 'not-an-email')),
    agent_status: fc.mixedCase(fc.constantFrom('Active', 'Disabled', 'Inactive')),
    os_name: fc.constantFrom('Windows 11 Pro', 'macOS'),
    os_version: fc.constantFrom('10.0.22631', '14.4'),
    manufacturer: fc.constantFrom('Dell Inc.', 'Apple'),
    model: fc.constantFrom('Latitude 7440', 'x'),
    user_names: fc.constantFrom('tjordan', 'a'),
    app_names: fc.constantFrom('Chrome', 'Zoom'),
    app_publishers: fc.constantFrom('Google', 'Microsoft'),
    os: fc.constantFrom('Windows', 'mac'),
    filter: fc.constantFrom(
      "deviceName eq 'LAPTOP-7'",
      "agentStatus eq 'A' and (deviceName eq 'x' or deviceName eq 'y')",
      "appName eq 'Chrome'",
      'deviceName eq',
    ),
    fields: fc.constantFrom('deviceName', 'operatingSystem.version', 'bios', 'geoData.location'),
    return_fields: fc.constantFrom('appName', 'InstallDate', 'deviceName', 'nope'),
    cdf_uid: fc.oneof(fc.constant(fx.cdfUid), fc.uuid()),
    cdf_name: fc.constantFrom('Asset Number', 'Department', 'Purchase Date', 'No Such Field'),
    value: fc.constantFrom('A-1', 'IT', 'Engineering', '2026-01-01', 'x'),
    mac_user_name: fc.constantFrom('admin'),
    mac_pwd: fc.constantFrom('Sup3r-Secret-Mac-Pwd'),
    start_date: date,
    end_date: date,
    created_from_date_time_utc: date,
    created_to_date_time_utc: date,
    request_status: fc.mixedCase(fc.constantFrom('Completed', 'InProgress', 'PendingApproval')),
    action_status: fc.mixedCase(fc.constantFrom('Succeeded', 'Pending')),
    script_uid: fc.oneof(fc.constantFrom(...['01', '02', '03', '05'].map((n) => `6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e${n}`)), fc.uuid()),
    win_command_line: fc.constantFrom('-UserName jdoe', '-DisplayName "Foo Bar"', '-Days 3'),
    mac_command_line: fc.constantFrom('-u jdoe', '-o /tmp'),
    name_contains: fc.constantFrom('Evidence', 'user'),
    script_type: fc.mixedCase(fc.constantFrom('Absolute', 'Custom')),
    request_title: fc.constantFrom('Evidence', 'x'),
    include_content: bool,
    include_file_date_in_log: bool,
    secure_erase_count: number(['1', '3', '7', '2']),
    action_limit: number(['1', '1000', '10001']),
    wipe_type: fc.mixedCase(fc.constantFrom('wipeSpecificUserFiles', 'wipeAllUserFiles', 'wipeAllUserFilesAndOs')),
    file_patterns_windows: fc.constantFrom('*.pst', 'Users/**/Downloads/', '[a-z]?.tmp'),
    file_patterns_mac: fc.constantFrom('*.key', 'Documents/'),
  };
  return (
    byName[name] ??
    (/_date|_time/.test(name)
      ? date
      : /^(remove_|exclude_|all_|dry_|should_|polling|cancel_|unenroll_)/.test(name)
        ? bool
        : fc.constantFrom('x', 'abc'))
  );
}

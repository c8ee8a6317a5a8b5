import type { ActionKind, RunningSimulator } from '../../../simulator';
import { DEMO_DEVICE } from '../../../simulator';

/** Ids a case needs that only exist once the simulator runs (made before any fault is armed). */
export interface Fixtures {
  freezeRequestUid: string;
  otherDeviceUid: string;
}

/** One command as the fault matrix runs it. */
export interface CommandCase {
  command: string;
  args: (fx: Fixtures) => Record<string, string>;
  /** Action requests one successful run creates, by kind: the ceiling under any fault. */
  actions: Partial<Record<ActionKind, number>>;
  /** The logical route whose refusal (403) must fail the command. */
  primaryRoute: string;
  /** A route the command also uses, whose refusal it may survive (partial outcome). */
  secondaryRoute?: string;
  /** Instance parameters beyond the defaults (e.g. a small fetch limit so events span pages). */
  params?: Record<string, unknown>;
}

export const FREEZE_ARGS = {
  request_name: 'Fault suite freeze',
  html_message: '<p>Frozen by the fault suite.</p>',
  message_name: 'Fault suite message',
  device_freeze_type: 'OnDemand',
  passcode_type: 'RandomForAll',
  passcode_length: '6',
} as const;

/** Reads walk more than one page where they can, so cursor faults have something to break. */
export const READ_CASES: readonly CommandCase[] = [
  {
    command: 'absolute-device-list',
    args: () => ({ agent_status: 'Active', limit: '20', page: '2' }),
    actions: {},
    primaryRoute: 'GET /v3/reporting/devices-advanced',
  },
  {
    command: 'absolute-device-get',
    args: () => ({ device_ids: DEMO_DEVICE.deviceUid, device_names: 'LAPTOP-7', serial_numbers: 'NO-SUCH-SERIAL' }),
    actions: {},
    primaryRoute: 'GET /v3/reporting/devices-advanced',
  },
  {
    command: 'absolute-device-application-list',
    args: () => ({ device_ids: DEMO_DEVICE.deviceUid, limit: '5', page: '1' }),
    actions: {},
    primaryRoute: 'GET /v3/reporting/applications-advanced',
  },
  {
    command: 'absolute-device-freeze-request-get',
    args: (fx) => ({ request_uid: fx.freezeRequestUid }),
    actions: {},
    primaryRoute: 'GET /v3/actions/freeze/requests/{requestUid}',
  },
  {
    command: 'absolute-device-freeze-message-list',
    args: () => ({ limit: '1', page: '1' }),
    actions: {},
    primaryRoute: 'GET /v3/actions/freeze/messages',
  },
  {
    command: 'fetch-events',
    args: () => ({}),
    actions: {},
    primaryRoute: 'GET /v3/reporting/siem-events',
    params: { isFetchEvents: true, max_events_per_fetch: 3 },
  },
  {
    command: 'absolute-device-missing-list',
    args: () => ({ limit: '5' }),
    actions: {},
    primaryRoute: 'GET /v3/tracking/device-missing/missing',
  },
];

export const ACTION_CASES: readonly CommandCase[] = [
  {
    command: 'absolute-device-freeze-request',
    args: () => ({ ...FREEZE_ARGS, device_ids: DEMO_DEVICE.deviceUid }),
    actions: { freeze: 1 },
    primaryRoute: 'POST /v3/actions/requests/freeze',
    secondaryRoute: 'GET /v3/actions/freeze/requests/{requestUid}',
  },
  // By name, so a look-up (GET) precedes the write and faults can hit either.
  {
    command: 'absolute-device-remove-freeze-request',
    args: () => ({ device_names: 'LAPTOP-7', remove_scheduled: 'true' }),
    actions: { removeFreeze: 1 },
    primaryRoute: 'POST /v3/actions/freeze/remove-freeze',
  },
  {
    command: 'absolute-device-unenroll',
    args: (fx) => ({ device_ids: fx.otherDeviceUid }),
    actions: { unenroll: 1 },
    primaryRoute: 'POST /v3/actions/requests/unenroll',
    secondaryRoute: 'GET /v3/actions/requests/unenroll/{requestUid}',
  },
  {
    command: 'absolute-device-freeze-message-create',
    args: () => ({ message_name: 'Fault suite', html_message: '<p>Call IT.</p>' }),
    actions: { messageCreate: 1 },
    primaryRoute: 'POST /v3/actions/freeze/messages',
  },
  {
    command: 'absolute-wipe-request-create',
    args: (fx) => ({ device_uids: fx.otherDeviceUid }),
    actions: { wipe: 1 },
    primaryRoute: 'POST /v3/actions/requests/wipe',
  },
  {
    command: 'absolute-reach-script-run',
    args: () => ({
      script_uid: '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e01',
      device_names: 'LAPTOP-7',
      win_command_line: '-OutputFolder C:\\Evidence',
    }),
    actions: { reachRun: 1 },
    primaryRoute: 'POST /v3/actions/requests/reach',
    secondaryRoute: 'GET /v3/actions/reach/scripts/{scriptUid}',
  },
  {
    command: 'absolute-file-delete-request-create',
    args: () => ({ device_names: 'LAPTOP-7', wipe_type: 'wipeSpecificUserFiles', file_patterns_windows: '*.pst' }),
    actions: { fileDelete: 1 },
    primaryRoute: 'POST /v3/actions/requests/file-delete',
  },
  {
    command: 'absolute-custom-device-field-update',
    args: () => ({ device_id: DEMO_DEVICE.deviceUid, cdf_name: 'Asset Number', value: 'A-1001' }),
    actions: { cdfUpdate: 1 },
    primaryRoute: 'PUT /v3/configurations/customfields/devices/{deviceUid}',
    secondaryRoute: 'GET /v3/configurations/customfields/definitions',
  },
  // By name, so a look-up (GET) precedes the write and faults can hit either.
  {
    command: 'absolute-device-report-missing',
    args: () => ({ device_names: 'LAPTOP-7', email_contacts: 'soc@acme.example' }),
    actions: { reportMissing: 1 },
    primaryRoute: 'POST /v3/tracking/device-missing/missing',
  },
  {
    command: 'absolute-device-user-message-send',
    args: () => ({ device_names: 'LAPTOP-7', message: '<p>Call IT.</p>' }),
    actions: { userMessage: 1 },
    primaryRoute: 'POST /v3/actions/requests/eum',
  },
];

export const ALL_CASES: readonly CommandCase[] = [...READ_CASES, ...ACTION_CASES];

/** The second fleet device: a plain, active device distinct from the demo one. */
export function otherDevice(sim: RunningSimulator): string {
  return sim.state.fleet.identity(1).deviceUid;
}

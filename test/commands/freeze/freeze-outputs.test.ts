import { freezeRequestGetCommand } from '../../../Integrations/Absolute/src/commands/freeze/freeze-request-get';
import { toEntry } from '../../../Integrations/Absolute/src/xsoar/entry';
import type { RunningSimulator } from '../../../simulator';
import { DEMO_DEVICE } from '../../../simulator';
import { FREEZE_COMMANDS } from '../../../Integrations/Absolute/src/commands/freeze';
import { manifestCommands } from '../../support/manifest';
import { contextOf, contextPaths, deviceUid, FIXED_NOW, FREEZE_ARGS, run, startFixedSimulator, unknownUids } from './freeze-fixtures';
import { recordingClient, runWith } from './recording-client';

interface ManifestCommand {
  name: string;
  outputs: Array<{ contextPath: string }>;
}
const fragment = manifestCommands(FREEZE_COMMANDS.map((c) => c.name)) as unknown as ManifestCommand[];

/** A freeze record carrying every field of the v3 schema, including those the simulator leaves out. */
const FULL_RECORD = {
  id: 'a1a1a1a1-0000-4000-8000-000000000001',
  deviceUid: DEMO_DEVICE.deviceUid,
  requester: 'soc@acme.example',
  notificationEmails: ['soc@acme.example'],
  eventHistoryId: 'DeviceFreeze-0864',
  isCurrent: true,
  isDownloaded: true,
  policyGroupUid: 'b2b2b2b2-0000-4000-8000-000000000002',
  policyConfigurationVersion: 3,
  freezePolicyUid: 'c3c3c3c3-0000-4000-8000-000000000003',
  requestTitle: 'Full',
  requestUid: 'd4d4d4d4-0000-4000-8000-000000000004',
  statuses: [
    {
      actionUid: 'e5',
      status: 'Succeeded',
      messageKey: 'k',
      messageParams: ['p'],
      message: 'm',
      updatedBy: 'Agent',
      eventType: 'Frozen',
      triggerActionUid: 't',
      instruction: 'i',
      updatedDateTimeUtc: '2026-11-01T12:00:00.000Z',
      ackClientDateTimeUtc: '2026-11-01T12:00:00.000Z',
      scheduledFreezeDateTimeUtc: '2089-04-01T11:32:00.000Z',
    },
  ],
  configuration: {
    messageName: 'n',
    htmlClear: 'h',
    passcodeClear: '1234',
    passcodeOption: 'UserDefined',
    freezeMessage: 'h',
    freezeId: 'f',
    action: 'DFZ',
    type: 'OffLine',
    passcodeLength: 4,
    passcodeSalt: 's',
    passcodeHashed: 'x',
    html: 'h',
    disableRemoteLogin: false,
    disableFileSharing: false,
    forceReboot: false,
    preLoginEnabled: false,
    serviceControlList: 'svc',
    issuedDateTimeUTC: '2026-11-01T12:00:00.000Z',
    configurationUid: 'cfg',
    conditions: [{ secondsUntilFreeze: 1200 }, { scheduledFreezeDateTimeUtc: '2089-04-01T11:32:00.000Z' }],
  },
  createdDateTimeUtc: '2026-11-01T12:00:00.000Z',
  changedDateTimeUtc: '2026-11-01T12:00:00.000Z',
  actionStatus: 'Ineligible',
  actionStatusDetails: 'why',
};

/**
 * Runs every command through the scenarios the other tests cover and checks that the context
 * paths written are exactly the outputs the manifest fragment declares, command by command.
 */
describe('freeze family: declared outputs = emitted context paths', () => {
  let sim: RunningSimulator;
  const emitted = new Map<string, Set<string>>();
  const record = (command: string, paths: string[]) => {
    const set = emitted.get(command) ?? new Set<string>();
    paths.forEach((p) => set.add(p));
    emitted.set(command, set);
  };

  beforeAll(async () => {
    sim = await startFixedSimulator();
    const stolen = deviceUid(sim, 3);
    sim.state.overrideDevice(stolen, { isStolen: true });
    const freeze = 'absolute-device-freeze-request';
    const requests: string[] = [];
    for (const extra of [
      { device_ids: [DEMO_DEVICE.deviceUid, stolen, ...unknownUids(1)] },
      { device_ids: DEMO_DEVICE.deviceUid, device_freeze_type: 'OffLine', passcode_type: 'RandomForEach', passcode_length: '5' },
      {
        device_ids: DEMO_DEVICE.deviceUid,
        device_freeze_type: 'Scheduled',
        scheduled_freeze_date: '2089-04-01T11:32:00.000Z',
        passcode_type: 'UserDefined',
        passcode: '1234',
        notification_emails: 'soc@acme.example',
      },
    ]) {
      const { entry } = await run(sim, freeze, { ...FREEZE_ARGS, ...extra });
      record(freeze, contextPaths(entry));
      requests.push(...(contextOf(entry, 'Absolute.FreezeRequest') as Array<{ RequestUID: string }>).map((o) => o.RequestUID));
    }
    // Polling: the first run schedules a re-run; the final run also writes the per-device details.
    const polled = await run(sim, freeze, { ...FREEZE_ARGS, device_ids: DEMO_DEVICE.deviceUid, polling: 'true' });
    const final = await run(sim, freeze, { ...(polled.entry.PollingArgs ?? {}), polling: 'false' }, FIXED_NOW + 10_000);
    record(freeze, contextPaths(final.entry));
    // Later, so the records have gone through Processing to Succeeded and carry their full history.
    const later = FIXED_NOW + 10_000;
    sim.setClock(() => later);
    for (const uid of requests)
      record(
        'absolute-device-freeze-request-get',
        contextPaths((await run(sim, 'absolute-device-freeze-request-get', { request_uid: uid }, later)).entry),
      );
    const { client } = recordingClient(() => ({ data: [FULL_RECORD] }));
    for (const result of await runWith(freezeRequestGetCommand, client, { request_uid: FULL_RECORD.requestUid }))
      record('absolute-device-freeze-request-get', contextPaths(toEntry(result)));

    record('absolute-device-freeze-message-list', contextPaths((await run(sim, 'absolute-device-freeze-message-list', {}, later)).entry));
    record(
      'absolute-device-freeze-message-create',
      contextPaths((await run(sim, 'absolute-device-freeze-message-create', { html_message: 'x', message_name: 'y' }, later)).entry),
    );
    record(
      'absolute-device-unenroll',
      contextPaths((await run(sim, 'absolute-device-unenroll', { device_ids: [DEMO_DEVICE.deviceUid, stolen] }, later)).entry),
    );
    for (const [command, args] of [
      ['absolute-device-remove-freeze-request', { device_ids: DEMO_DEVICE.deviceUid }],
      [
        'absolute-device-freeze-message-update',
        { message_id: sim.state.messages.list()[0]?.messageUid, html_message: 'x', message_name: 'y' },
      ],
      ['absolute-device-freeze-message-delete', { message_id: sim.state.messages.list()[0]?.messageUid }],
    ] as const) {
      record(command, contextPaths((await run(sim, command, args, later)).entry));
    }
  });
  afterAll(() => sim.close());

  it.each(fragment.map((c) => [c.name, c] as const))('%s', (name, command) => {
    expect([...(emitted.get(name) ?? [])].sort()).toEqual(command.outputs.map((o) => o.contextPath).sort());
  });
});

import type { ApiFreezeRequestRecord } from '../../../Integrations/Absolute/src/absolute/api/freeze';
import { freezeMessageContext } from '../../../Integrations/Absolute/src/commands/freeze/freeze-message-list';
import {
  freezeOutcome,
  NO_RECORD_KEY,
  outcomeRow,
  unknownOutcome,
} from '../../../Integrations/Absolute/src/commands/freeze/freeze-outcome';
import { freezeRequestDetail } from '../../../Integrations/Absolute/src/commands/freeze/freeze-request-get';

/** Shape of the official 2.x `custom_get_device_freeze_request_response.json` (first item). */
const V3_FREEZE_RECORD: ApiFreezeRequestRecord = {
  id: '1',
  requestUid: 'e416f97e-1c2d-4a5b-9e8f-0a1b2c3d4e5f',
  deviceUid: '56be8d1f-2eb8-4e9b-bbd6-1aab032abcde',
  requestTitle: 'On-demand Freeze request',
  statuses: [],
  configuration: {},
  requester: 'example@test.com',
  requesterUid: '1abc2de3-4f56-7a89-b0c1-d2e3f4a5b6c7',
  customAttributes: {},
  createdDateTimeUtc: '2021-11-03T07:33:56.004+00:00',
  changedDateTimeUtc: '2021-11-03T07:33:55.966+00:00',
  notificationEmails: ['example1@test.com', 'example2@test.com'],
  eventHistoryId: 'DeviceFreeze-0864',
  policyGroupUid: undefined,
  policyConfigurationVersion: 0,
  freezePolicyUid: undefined,
  isDownloaded: false,
  isCurrent: true,
};

describe('test_get_device_freeze_request_command (official §6 #10, 2.x)', () => {
  it('maps the v3 record (fixed: keys the API leaves out are omitted instead of written as null)', () => {
    expect(freezeRequestDetail(V3_FREEZE_RECORD)).toEqual({
      ID: '1',
      ActionRequestUid: 'e416f97e-1c2d-4a5b-9e8f-0a1b2c3d4e5f',
      ChangedUTC: '2021-11-03T07:33:55.966+00:00',
      CreatedUTC: '2021-11-03T07:33:56.004+00:00',
      DeviceUid: '56be8d1f-2eb8-4e9b-bbd6-1aab032abcde',
      Downloaded: false,
      EventHistoryId: 'DeviceFreeze-0864',
      IsCurrent: true,
      Name: 'On-demand Freeze request',
      NotificationEmails: ['example1@test.com', 'example2@test.com'],
      PolicyConfigurationVersion: 0,
      Requester: 'example@test.com',
      Configuration: {},
      Statuses: [],
    });
  });

  it("passes Statuses and Configuration through with the API's own keys, and adds ActionStatus", () => {
    const statuses = [
      { actionUid: 'a', status: 'FreezeRequested', messageKey: 'k', message: 'm', updatedDateTimeUtc: '2025-01-01T00:00:00.000Z' },
    ];
    const configuration = { messageName: 'n', passcodeLength: 6, conditions: [{ secondsUntilFreeze: 1200 }] };
    const out = freezeRequestDetail({ ...V3_FREEZE_RECORD, statuses, configuration, actionStatus: 'Pending' });
    expect(out['Statuses']).toEqual(statuses);
    expect(out['Configuration']).toEqual(configuration);
    expect(out['ActionStatus']).toBe('Pending');
  });
});

describe('test_list_device_freeze_message_command (official §6 #11, 2.x mapping)', () => {
  it('maps messageUid to ID and the v3 dates', () => {
    expect(
      freezeMessageContext({
        messageUid: '1',
        name: 'On-demand Freeze message',
        content: '<html><body>This device has been frozen by company.</body></html>',
        createdBy: 'example1@test.com',
        changedBy: 'example2@test.com',
        createdDateTimeUtc: '2020-11-26T22:29:17.687+00:00',
        changedDateTimeUtc: '2020-12-14T09:14:52.148+00:00',
      }),
    ).toEqual({
      ID: '1',
      Name: 'On-demand Freeze message',
      CreatedUTC: '2020-11-26T22:29:17.687+00:00',
      ChangedUTC: '2020-12-14T09:14:52.148+00:00',
      Content: '<html><body>This device has been frozen by company.</body></html>',
      CreatedBy: 'example1@test.com',
      ChangedBy: 'example2@test.com',
    });
  });
});

describe('freezeOutcome (fixed: SucceededDeviceUIDs reports accepted devices, not the input string)', () => {
  const sent = [
    'aaaaaaaa-0000-4000-8000-000000000001',
    'aaaaaaaa-0000-4000-8000-000000000002',
    'aaaaaaaa-0000-4000-8000-000000000003',
    'aaaaaaaa-0000-4000-8000-000000000004',
  ];
  const records: ApiFreezeRequestRecord[] = [
    { deviceUid: sent[0], actionStatus: 'Pending' },
    { deviceUid: sent[1], actionStatus: 'Ineligible', actionStatusDetails: 'The device is reported stolen.' },
    { deviceUid: sent[2], actionStatus: 'Failed', statuses: [{ messageKey: 'dfz.failed', message: 'Agent rejected the request.' }] },
  ];

  it('accepts records that are not Ineligible/Failed and explains the others', () => {
    expect(freezeOutcome('req-1', sent, records)).toEqual({
      RequestUID: 'req-1',
      SucceededDeviceUIDs: [sent[0]],
      Errors: [
        { messageKey: 'FreezeIneligible', message: 'The device is reported stolen.', detail: { deviceUids: [sent[1]] } },
        { messageKey: 'dfz.failed', message: 'Agent rejected the request.', detail: { deviceUids: [sent[2]] } },
        {
          messageKey: NO_RECORD_KEY,
          message: expect.stringContaining('no freeze record') as unknown,
          detail: { deviceUids: [sent[3]] },
        },
      ],
    });
  });

  it('groups devices refused for the same reason and renders the official FailedDeviceUIDs column', () => {
    const outcome = freezeOutcome('req-2', sent.slice(2), []);
    expect(outcome.Errors).toHaveLength(1);
    expect(outcomeRow(outcome)['FailedDeviceUIDs']).toEqual([
      { 'Failed UID': `${sent[2]},${sent[3]}`, 'Error Message': outcome.Errors?.[0]?.message },
    ]);
  });

  it('has no Errors key when every device was accepted', () => {
    expect(freezeOutcome('req-3', [sent[0] ?? ''], records)).toEqual({ RequestUID: 'req-3', SucceededDeviceUIDs: [sent[0]] });
  });

  it('reports nothing as accepted when the records could not be read', () => {
    const outcome = unknownOutcome('req-4', sent, 'HTTP 503');
    expect(outcome.SucceededDeviceUIDs).toEqual([]);
    expect(outcome.Errors?.[0]?.detail.deviceUids).toEqual(sent);
  });
});

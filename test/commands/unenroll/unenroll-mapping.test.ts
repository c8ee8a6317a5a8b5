import { unenrollContext, unenrollReadable } from '../../../Integrations/Absolute/src/commands/unenroll/unenroll-report';

describe('test_device_unenroll_command (official §6 #12, 2.x part)', () => {
  const summary = {
    totalDevices: 1,
    pending: 1,
    processing: 0,
    completed: 0,
    canceled: 0,
    failed: 0,
    requestId: 'requestId',
    requestUid: 'abdcef',
    requestStatus: 'requestStatus',
    createdDateTimeUtc: 'createdDateTimeUtc',
    updatedDateTimeUtc: 'updatedDateTimeUtc',
    requester: 'requester',
    excludeMissingDevices: false,
  };
  const action = {
    actionUid: 'actionUid',
    requestUid: 'abdcef',
    deviceUid: 'deviceUid',
    deviceName: 'deviceName',
    esn: 'esn',
    actionStatus: 'Pending',
    createdDateTimeUtc: 'createdDateTimeUtc',
    updatedDateTimeUtc: 'updatedDateTimeUtc',
  };

  it('writes the summary keys plus Devices with the eight action keys', () => {
    expect(unenrollContext({ requestUid: 'abdcef', sent: ['deviceUid'], summary, actions: [action] })).toEqual({
      TotalDevices: 1,
      Pending: 1,
      Processing: 0,
      Completed: 0,
      Canceled: 0,
      Failed: 0,
      RequestId: 'requestId',
      RequestUid: 'abdcef',
      RequestStatus: 'requestStatus',
      CreatedDateTimeUtc: 'createdDateTimeUtc',
      UpdatedDateTimeUtc: 'updatedDateTimeUtc',
      Requester: 'requester',
      ExcludeMissingDevices: false,
      Devices: [
        {
          DeviceUid: 'deviceUid',
          ActionUid: 'actionUid',
          RequestUid: 'abdcef',
          DeviceName: 'deviceName',
          ActionStatus: 'Pending',
          ESN: 'esn',
          CreatedDateTimeUtc: 'createdDateTimeUtc',
          UpdatedDateTimeUtc: 'updatedDateTimeUtc',
        },
      ],
    });
  });

  it('(added) the readable says which devices will not be unenrolled and why', () => {
    const result = {
      requestUid: 'abdcef',
      sent: ['deviceUid', 'ineligible-one', 'missing-one'],
      summary,
      actions: [action, { ...action, deviceUid: 'ineligible-one', deviceName: 'OLD-PC', actionStatus: 'Ineligible' }],
    };
    const text = unenrollReadable(result, unenrollContext(result));
    expect(text).toContain('### Absolute Unenroll request data:');
    expect(text).toContain('### Absolute unenrolled devices:');
    expect(text).toContain('### Devices Absolute will not unenroll:');
    expect(text).toMatch(/ineligible-one \| OLD-PC \| Ineligible \| not eligible/);
    expect(text).toMatch(/missing-one \| {2}\| None \| no unenrollment action was created/);
  });
});

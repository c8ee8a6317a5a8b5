import { json } from '../../support/scripted-server';
import { runScripted } from './scripted-runs';

const DEVICE = '6a0e0b1c-2d3e-4f50-8a6b-7c8d9e0f1a2b';
const APPS = [
  {
    deviceAppId: `${DEVICE}_aa`,
    deviceUid: DEVICE,
    appId: 'QQ==',
    appName: 'Notepad++',
    appPublisher: 'Notepad++ Team',
    appVersion: '8.6',
    esn: 'ESN1',
    deviceName: 'LAPTOP-7',
    userName: 'ACME\\jdoe',
    osName: 'Windows 11',
    installDateTimeUtc: '2024-01-02T03:04:05.000Z',
  },
];

describe('absolute-device-application-list requests', () => {
  test('without filters it calls the plain endpoint with no filter parameter at all', async () => {
    const run = await runScripted('absolute-device-application-list', {}, (_s, res) => json(res, 200, { data: APPS }));
    expect(run.seen.map((s) => [s.uri, s.query])).toEqual([['/v3/reporting/applications', 'pageSize=50']]);
  });

  test('arguments become one advanced filter; return_fields become select with the key field first', async () => {
    const run = await runScripted(
      'absolute-device-application-list',
      { app_names: 'Notepad++,Chrome', user_names: "O'Brien", return_fields: 'appName,InstallDate' },
      (_s, res) => json(res, 200, { data: APPS }),
    );
    const [request] = run.seen;
    expect(request?.uri).toBe('/v3/reporting/applications-advanced');
    const query = new URLSearchParams(request?.query);
    expect(query.get('filter')).toBe(
      "(appNameContains eq 'Notepad++' or appNameContains eq 'Chrome') and (userNameContains eq 'O''Brien')",
    );
    expect(query.get('select')).toBe('deviceAppId,appName,installDateTimeUtc');
  });

  test('(fixed #21: page is a page index walked by cursor, not an offset) page=2 limit=5 follows two cursors', async () => {
    const run = await runScripted('absolute-device-application-list', { page: '2', limit: '5' }, (seen, res) => {
      const cursor = new URLSearchParams(seen.query).get('nextPage');
      const next = cursor === null ? 'c1' : cursor === 'c1' ? 'c2' : undefined;
      json(res, 200, { data: [{ ...APPS[0], deviceAppId: `page-${cursor ?? 'c0'}` }], metadata: { pagination: { nextPage: next } } });
    });
    expect(run.seen.map((s) => s.query)).toEqual(['pageSize=5', 'pageSize=5&nextPage=c1', 'pageSize=5&nextPage=c2']);
    expect(run.entries[0]?.Contents).toEqual([expect.objectContaining({ deviceAppId: 'page-c2' })]);
    expect(run.entries[0]?.HumanReadable).toMatch(/\nAbove results are with page number: 2 and with limit: 5\.$/);
  });

  test('a cursor that runs out before the page gives the empty message', async () => {
    const run = await runScripted('absolute-device-application-list', { page: '3', app_names: 'Zoom' }, (_s, res) =>
      json(res, 200, { data: APPS }),
    );
    expect(run.entries[0]?.HumanReadable).toBe('No applications found in Absolute for the given filters: app_names=Zoom, page=3.');
  });

  test('an API 400 becomes the official invalid-filter message followed by the API text', async () => {
    const run = await runScripted('absolute-device-application-list', { filter: 'appName eq' }, (_s, res) =>
      json(res, 400, { code: 'INVALID_REQUEST', message: 'Your request is invalid, please contact us for details.', details: [] }),
    );
    expect(run.ok).toBe(false);
    expect(run.entries[0]?.Contents).toBe(
      'Failed to execute absolute-device-application-list command.\nError:\nError in request - make sure your filter is in accordance to the Absolute documentation.\n' +
        'Absolute API returned 400 INVALID_REQUEST for GET /v3/reporting/applications-advanced: Your request is invalid, please contact us for details.',
    );
  });
});

describe('absolute-custom-device-field-update requests', () => {
  const definitions = [
    { cdfUid: 'K0ly5AiQDKsgVVcjqCqw', cdfFieldName: 'Asset Tag', type: 'Text', categoryCode: 'UDF', dropdowns: null },
    {
      cdfUid: 'dd1',
      cdfFieldName: 'Department',
      type: 'Dropdown',
      categoryCode: 'UDF',
      dropdowns: [
        { elementId: 1, elementValue: 'Finance' },
        { elementId: 2, elementValue: 'IT' },
      ],
    },
  ];
  const api = (seen: { method: string; uri: string }, res: Parameters<typeof json>[0]) => {
    if (seen.method === 'GET') json(res, 200, { data: definitions });
    else {
      res.writeHead(202);
      res.end();
    }
  };

  test('reads the definitions, then PUTs [{cdfUid, cdfFieldValue}] to the device and prints the official text', async () => {
    const run = await runScripted(
      'absolute-custom-device-field-update',
      { device_id: DEVICE, cdf_uid: 'K0ly5AiQDKsgVVcjqCqw', value: 'TPB' },
      api,
    );
    expect(run.ok).toBe(true);
    expect(run.seen.map((s) => [s.method, s.uri])).toEqual([
      ['GET', '/v3/configurations/customfields/definitions'],
      ['PUT', `/v3/configurations/customfields/devices/${DEVICE}`],
    ]);
    expect(run.seen[1]?.data).toEqual([{ cdfUid: 'K0ly5AiQDKsgVVcjqCqw', cdfFieldValue: 'TPB' }]);
    expect(run.entries[0]?.HumanReadable).toBe(`Device ${DEVICE} with value TPB was updated successfully.`);
  });

  test('cdf_name resolves the field; a Dropdown value is sent in its defined spelling', async () => {
    const run = await runScripted('absolute-custom-device-field-update', { device_id: DEVICE, cdf_name: 'department', value: 'it' }, api);
    expect(run.seen[1]?.data).toEqual([{ cdfUid: 'dd1', cdfFieldValue: 'IT' }]);
  });

  test('a token without definition rights can still set a field by cdf_uid (unchecked, and it says so)', async () => {
    const run = await runScripted(
      'absolute-custom-device-field-update',
      { device_id: DEVICE, cdf_uid: 'anything', value: 'v' },
      (seen, res) => {
        if (seen.method === 'GET') json(res, 403, { code: 'NOT_AUTHORIZED', message: 'not authorized', details: [] });
        else {
          res.writeHead(202);
          res.end();
        }
      },
    );
    expect(run.seen.map((s) => s.method)).toEqual(['GET', 'PUT']);
    expect(run.entries[0]?.HumanReadable).toContain('was not checked against the field definition');
  });

  test('...but cannot resolve cdf_name, and sends nothing', async () => {
    const run = await runScripted(
      'absolute-custom-device-field-update',
      { device_id: DEVICE, cdf_name: 'Asset Tag', value: 'v' },
      (_s, res) => json(res, 403, { code: 'NOT_AUTHORIZED', message: 'not authorized', details: [] }),
    );
    expect(run.ok).toBe(false);
    expect(run.seen.map((s) => s.method)).toEqual(['GET']);
    expect(run.entries[0]?.Contents).toContain('cdf_name cannot be resolved');
  });
});

describe('absolute-custom-device-field-list on a tenant that answers an unknown device with an empty list', () => {
  test('an empty list plus no such device in device reporting is the unknown-device error', async () => {
    const run = await runScripted('absolute-custom-device-field-list', { device_id: DEVICE }, (_s, res) => json(res, 200, { data: [] }));
    expect(run.seen.map((s) => s.uri)).toEqual([`/v3/configurations/customfields/devices/${DEVICE}`, '/v3/reporting/devices-advanced']);
    expect(new URLSearchParams(run.seen[1]?.query).get('filter')).toBe(`deviceUid eq '${DEVICE}'`);
    expect(run.ok).toBe(false);
    expect(run.entries[0]?.Contents).toContain(`No device with device_id ${DEVICE} was found in Absolute.`);
  });

  test('an empty list for a device that exists is the no-fields message', async () => {
    const run = await runScripted('absolute-custom-device-field-list', { device_id: DEVICE }, (seen, res) =>
      json(res, 200, { data: seen.uri.includes('customfields') ? [] : [{ deviceUid: DEVICE }] }),
    );
    expect(run.ok).toBe(true);
    expect(run.entries[0]?.HumanReadable).toContain(`Device ${DEVICE} has no custom device fields set in Absolute`);
  });
});

import { DEMO_DEVICE } from '../../simulator';
import { parseCliArgs, undocumentedSummary } from '../../simulator/cli';
import { optionalBoolean } from '../../simulator/routes/body';
import { INVALID_FILTER_MESSAGE } from '../../simulator/server/api-error';
import { bodyOf, startTestApi, type TestApi } from './support/api-client';
import { itemAt } from './support/items';
import { startTestSimulator } from '../support/harness';

interface ErrorBody {
  code?: string;
  details?: Record<string, unknown>[];
}

/** One request per kind of undocumented input, and a documented one. */
const REQUESTS = {
  odataFilter: { method: 'GET', uri: '/v3/reporting/devices', query: { $filter: "agentStatus eq 'A'" } },
  odataSelect: { method: 'GET', uri: '/v3/reporting/applications-advanced', query: { $select: 'appName' } },
  booleanString: {
    method: 'POST',
    uri: '/v3/actions/requests/unenroll',
    body: { deviceUids: [DEMO_DEVICE.deviceUid], excludeMissingDevices: 'false' },
  },
  booleanStringOnWipe: {
    method: 'POST',
    uri: '/v3/actions/requests/wipe',
    body: { deviceUids: [DEMO_DEVICE.deviceUid], unenrollDevicesAndFreeLicenses: 'TRUE' },
  },
  undocumentedParameter: { method: 'GET', uri: '/v3/reporting/devices', query: { deviceNameContains: 'laptop' } },
  undocumentedFilterField: { method: 'GET', uri: '/v3/reporting/devices-advanced', query: { filter: "deviceNameContains eq 'laptop'" } },
  documented: { method: 'GET', uri: '/v3/reporting/devices', query: { agentStatus: 'A', select: 'deviceName' } },
} as const;

const NO_KINDS = {
  undocumentedParameter: 0,
  undocumentedFilterField: 0,
  odataFilter: 0,
  odataSelect: 0,
  odataFieldAlias: 0,
  odataSelectIgnoredField: 0,
  booleanString: 0,
};
const EACH_KIND = { ...NO_KINDS, undocumentedParameter: 1, undocumentedFilterField: 1, odataFilter: 1, odataSelect: 1, booleanString: 2 };

describe('strict', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ fleetSize: 20, strict: true });
  });
  afterAll(() => api.close());

  test('refuses each undocumented input with the 400 the documented API gives it', async () => {
    const answers = await Promise.all(Object.values(REQUESTS).map((request) => api.call(request)));
    expect(
      answers.map((res) => {
        const body = bodyOf<ErrorBody | undefined>(res);
        return [res.status, body?.code, body?.details?.[0]];
      }),
    ).toEqual([
      [400, 'INVALID_REQUEST', { field: '$filter', message: 'unknown query parameter $filter', code: 'INVALID_REQUEST' }],
      [400, 'INVALID_REQUEST', { field: '$select', message: 'unknown query parameter $select', code: 'INVALID_REQUEST' }],
      [
        400,
        'VALIDATION_ERROR',
        { field: 'excludeMissingDevices', message: 'excludeMissingDevices must be true or false', code: 'VALIDATION_ERROR' },
      ],
      [
        400,
        'VALIDATION_ERROR',
        {
          field: 'unenrollDevicesAndFreeLicenses',
          message: 'unenrollDevicesAndFreeLicenses must be true or false',
          code: 'VALIDATION_ERROR',
        },
      ],
      [
        400,
        'INVALID_REQUEST',
        { field: 'deviceNameContains', message: 'unknown query parameter deviceNameContains', code: 'INVALID_REQUEST' },
      ],
      [400, 'INVALID_REQUEST', { field: 'filter', message: INVALID_FILTER_MESSAGE, code: 'INVALID_REQUEST' }],
      [200, undefined, undefined],
    ]);
    expect(api.sim.stats().actionsCreated).toMatchObject({ unenroll: 0, wipe: 0 });
  });

  test('counts what it refused, by kind and input', () => {
    const { undocumentedInputs } = api.sim.stats();
    expect(undocumentedInputs).toEqual({
      strict: true,
      accepted: {
        total: 0,
        byKind: NO_KINDS,
        byInput: {},
      },
      refused: {
        total: 6,
        byKind: EACH_KIND,
        byInput: {
          'undocumentedParameter GET /v3/reporting/devices deviceNameContains': 1,
          'undocumentedFilterField GET /v3/reporting/devices-advanced deviceNameContains': 1,
          'odataFilter GET /v3/reporting/devices $filter': 1,
          'odataSelect GET /v3/reporting/applications-advanced $select': 1,
          'booleanString POST /v3/actions/requests/unenroll excludeMissingDevices': 1,
          'booleanString POST /v3/actions/requests/wipe unenrollDevicesAndFreeLicenses': 1,
        },
      },
    });
    expect(undocumentedSummary(undocumentedInputs)).toBe(
      [
        'undocumented inputs refused: 6',
        '  1 x booleanString POST /v3/actions/requests/unenroll excludeMissingDevices',
        '  1 x booleanString POST /v3/actions/requests/wipe unenrollDevicesAndFreeLicenses',
        '  1 x odataFilter GET /v3/reporting/devices $filter',
        '  1 x odataSelect GET /v3/reporting/applications-advanced $select',
        '  1 x undocumentedFilterField GET /v3/reporting/devices-advanced deviceNameContains',
        '  1 x undocumentedParameter GET /v3/reporting/devices deviceNameContains',
      ].join('\n'),
    );
  });
});

describe('lenient (the default)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ fleetSize: 20 });
  });
  afterAll(() => api.close());

  test('accepts and counts each undocumented input; the coerced booleans take effect', async () => {
    const answers = await Promise.all(Object.values(REQUESTS).map((request) => api.call(request)));
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200, 200, 200, 200, 200]);
    const created = bodyOf<{ data: { requestUid: string } }>(itemAt(answers, 3));
    const wipe = await api.get(`/v3/actions/requests/wipe/${created.data.requestUid}`);
    expect(bodyOf<{ data: { unenrollDevicesAndFreeLicenses: boolean } }>(wipe).data.unenrollDevicesAndFreeLicenses).toBe(true);
    const { undocumentedInputs } = api.sim.stats();
    expect(undocumentedInputs.strict).toBe(false);
    expect(undocumentedInputs.refused.total).toBe(0);
    expect(undocumentedInputs.accepted.byKind).toEqual(EACH_KIND);
  });

  test('a request that fails anyway counts nothing as accepted; other spellings are still a 400', async () => {
    const before = api.sim.stats().undocumentedInputs.accepted.total;
    const tooBig = await api.get('/v3/reporting/devices', { $filter: "agentStatus eq 'A'", pageSize: '501' });
    const yes = await api.post('/v3/actions/requests/unenroll', { deviceUids: [DEMO_DEVICE.deviceUid], excludeMissingDevices: 'yes' });
    const numeric = await api.post('/v3/actions/requests/unenroll', { deviceUids: [DEMO_DEVICE.deviceUid], excludeMissingDevices: 0 });
    expect([tooBig.status, yes.status, numeric.status]).toEqual([400, 400, 400]);
    expect(itemAt(bodyOf<Required<ErrorBody>>(yes).details)).toMatchObject({ field: 'excludeMissingDevices', code: 'VALIDATION_ERROR' });
    expect(api.sim.stats().undocumentedInputs.accepted.total).toBe(before);
  });

  test('in strict mode, a `$filter` that names a v2 field is refused at `$filter` already', async () => {
    const strict = await startTestApi({ fleetSize: 5, strict: true });
    try {
      const res = await strict.get('/v3/reporting/devices', { $filter: "substringof('x',id)" });
      expect(itemAt(bodyOf<Required<ErrorBody>>(res).details).field).toBe('$filter');
      expect(strict.sim.stats().undocumentedInputs.refused.byKind).toMatchObject({ odataFilter: 1, odataFieldAlias: 0 });
    } finally {
      await strict.close();
    }
  });
});

test('the shared test harness starts the simulator strict, unless a test asks otherwise', async () => {
  const strict = await startTestSimulator({ fleetSize: 5 });
  const lenient = await startTestSimulator({ fleetSize: 5, strict: false });
  try {
    expect(strict.stats().undocumentedInputs.strict).toBe(true);
    expect(lenient.stats().undocumentedInputs.strict).toBe(false);
  } finally {
    await Promise.all([strict.close(), lenient.close()]);
  }
});

test('body helpers outside a request accept only the documented types', () => {
  expect(optionalBoolean({ flag: true }, 'flag')).toBe(true);
  expect(() => optionalBoolean({ flag: 'true' }, 'flag')).toThrow('validation error');
  expect(() => optionalBoolean({ flag: 'constructor' }, 'flag')).toThrow('validation error');
});

test('the CLI takes --strict', () => {
  expect(parseCliArgs(['--strict'])).toMatchObject({ strict: true });
  expect(parseCliArgs([])).toMatchObject({ strict: false });
});

import { DEMO_DEVICE } from '../../simulator';
import { bodyOf, startTestApi, type DataBody, type ErrorBody, type Page, type TestApi } from './support/api-client';

interface FieldValue {
  cdfUid: string;
  cdfFieldName: string;
  cdfFieldValue: string;
}

const BASE = '/v3/configurations/customfields';
const ASSET = '0b7f1c2e-4a5d-4e3f-8a1b-9c0d1e2f3a41';
const DEPARTMENT = '2d9f3e4a-6c7f-4a5b-8c3d-1e2f3a4b5c63';
const PURCHASE = '3e0a4f5b-7d8a-4b6c-9d4e-2f3a4b5c6d74';
const COST_CENTER = '4f1b5a6c-8e9b-4c7d-8e5f-3a4b5c6d7e85';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

let api: TestApi;
beforeEach(async () => {
  api = await startTestApi({ fleetSize: 20 });
});
afterEach(() => api.close());

const put = (deviceUid: string, body: unknown) => api.call({ method: 'PUT', uri: `${BASE}/devices/${deviceUid}`, body });
const reportFields = async (): Promise<FieldValue[]> => {
  const res = await api.get('/v3/reporting/devices', { deviceUid: DEMO_DEVICE.deviceUid, select: 'customFields' });
  const row = bodyOf<Page<{ customFields: FieldValue[] }>>(res).data[0];
  if (!row) throw new Error('the demo device is missing from the device report');
  return row.customFields;
};

test('definitions list the documented fields, and one can be fetched by uid', async () => {
  const defs = await api.get(`${BASE}/definitions`);
  expect(bodyOf<Page<{ cdfFieldName: string; type: string }>>(defs).data.map((d) => `${d.cdfFieldName}:${d.type}`)).toEqual([
    'Asset Number:Text',
    'Assigned Username:Text',
    'Department:Dropdown',
    'Purchase Date:Date',
    'Cost Center:Text',
  ]);
  const department = await api.get(`${BASE}/definitions/${DEPARTMENT}`);
  expect(bodyOf<DataBody<{ dropdowns: { elementValue: string }[] }>>(department).data.dropdowns.map((d) => d.elementValue)).toContain(
    'Finance',
  );
  expect((await api.get(`${BASE}/definitions/${UNKNOWN}`)).status).toBe(404);
});

test('the device list shows only fields set on the device, filterable by name', async () => {
  const values = await api.get(`${BASE}/devices/${DEMO_DEVICE.deviceUid}`);
  const valueRows = bodyOf<Page<FieldValue>>(values).data;
  expect(valueRows.map((v) => v.cdfFieldName)).toEqual((await reportFields()).map((f) => f.cdfFieldName));
  expect(valueRows[0]).toEqual({
    cdfUid: ASSET,
    cdfFieldKey: '1',
    cdfFieldName: 'Asset Number',
    cdfFieldValue: 'AST-100000',
    categoryCode: 'UDF',
    type: 'Text',
  });
  const filtered = await api.get(`${BASE}/devices/${DEMO_DEVICE.deviceUid}`, { cdfFieldNameContains: 'asset' });
  expect(bodyOf<Page>(filtered).data).toHaveLength(1);
  expect((await api.get(`${BASE}/devices/${UNKNOWN}`)).status).toBe(404);
});

test('PUT writes values (202, no body) that show in the per-field endpoint and in device reports', async () => {
  const res = await put(DEMO_DEVICE.deviceUid, [
    { cdfUid: DEPARTMENT, cdfFieldValue: 'Finance' },
    { cdfUid: PURCHASE, cdfFieldValue: '02/29/2024' },
    { cdfUid: COST_CENTER, cdfFieldValue: 'CC-4200', cdfFieldKey: 'ignored' },
  ]);
  expect(res.status).toBe(202);
  expect(res.text).toBe('');
  const single = await api.get(`${BASE}/devices/${DEMO_DEVICE.deviceUid}/${COST_CENTER}`);
  expect(bodyOf<DataBody>(single).data).toMatchObject({ cdfUid: COST_CENTER, cdfFieldName: 'Cost Center', cdfFieldValue: 'CC-4200' });
  expect(await reportFields()).toEqual(
    expect.arrayContaining([
      { cdfUid: DEPARTMENT, cdfFieldName: 'Department', cdfFieldValue: 'Finance' },
      { cdfUid: PURCHASE, cdfFieldName: 'Purchase Date', cdfFieldValue: '02/29/2024' },
    ]),
  );
  expect(api.sim.stats().actionsCreated.cdfUpdate).toBe(1);
});

test('an empty value clears the field', async () => {
  await put(DEMO_DEVICE.deviceUid, [{ cdfUid: ASSET, cdfFieldValue: '' }]);
  expect((await reportFields()).map((f) => f.cdfUid)).not.toContain(ASSET);
  expect((await api.get(`${BASE}/devices/${DEMO_DEVICE.deviceUid}/${ASSET}`)).status).toBe(404);
});

test.each([
  ['an unknown cdfUid', [{ cdfUid: UNKNOWN, cdfFieldValue: 'x' }], '[0].cdfUid'],
  ['a dropdown value in the wrong case', [{ cdfUid: DEPARTMENT, cdfFieldValue: 'finance' }], '[0].cdfFieldValue'],
  ['a dropdown value not defined', [{ cdfUid: DEPARTMENT, cdfFieldValue: 'Space' }], '[0].cdfFieldValue'],
  ['an ISO date', [{ cdfUid: PURCHASE, cdfFieldValue: '2024-02-29' }], '[0].cdfFieldValue'],
  ['a date that does not exist', [{ cdfUid: PURCHASE, cdfFieldValue: '02/30/2024' }], '[0].cdfFieldValue'],
  ['a missing cdfUid in the second entry', [{ cdfUid: ASSET, cdfFieldValue: 'ok' }, { cdfFieldValue: 'x' }], '[1].cdfUid'],
  ['an object instead of an array', { cdfUid: ASSET, cdfFieldValue: 'x' }, 'body'],
])('%s is a 400 naming the field, and nothing is written', async (_name, body, field) => {
  const before = await reportFields();
  const res = await put(DEMO_DEVICE.deviceUid, body);
  expect(res.status).toBe(400);
  expect(bodyOf<ErrorBody>(res).details[0]?.field).toBe(field);
  expect(await reportFields()).toEqual(before);
});

test('PUT on an unknown device is a 404', async () => {
  expect((await put(UNKNOWN, [{ cdfUid: ASSET, cdfFieldValue: 'x' }])).status).toBe(404);
});

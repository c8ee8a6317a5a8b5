import type { RunningSimulator } from '../../../simulator';
import { invocation, runDist, runHere, startTestSimulator } from '../../support/harness';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});

const COMMAND = 'absolute-custom-device-field-update';
const ASSET_NUMBER = '0b7f1c2e-4a5d-4e3f-8a1b-9c0d1e2f3a41';
const PURCHASE_DATE = '3e0a4f5b-7d8a-4b6c-9d4e-2f3a4b5c6d74';
const PUT_ROUTE = 'PUT /v3/configurations/customfields/devices/{deviceUid}';

function fieldValue(deviceUid: string, name: string): string | undefined {
  return sim.state.device(deviceUid)?.customFields?.find((f) => f.cdfFieldName === name)?.cdfFieldValue;
}

function puts(): number {
  return sim.stats().requestsByRoute[PUT_ROUTE] ?? 0;
}

describe('absolute-custom-device-field-update against the simulator', () => {
  test('dist: sets a Text field by cdf_uid, prints the official text, and the device shows the value', async () => {
    const uid = sim.state.demoDevice.deviceUid;
    const { code, output } = await runDist(invocation(sim, COMMAND, { device_id: uid, cdf_uid: ASSET_NUMBER, value: 'TPB' }));
    expect(code).toBe(0);
    expect(output.entries[0]?.HumanReadable).toBe(`Device ${uid} with value TPB was updated successfully.`);
    expect(fieldValue(uid, 'Asset Number')).toBe('TPB');
    expect(sim.stats().actionsCreated.cdfUpdate).toBe(1);
  });

  test('cdf_name picks the field by name; a Dropdown value is sent in the defined spelling', async () => {
    const uid = sim.state.demoDevice.deviceUid;
    const { ok, output } = await runHere(invocation(sim, COMMAND, { device_id: uid, cdf_name: 'department', value: 'human resources' }));
    expect(ok).toBe(true);
    expect(output.entries[0]?.HumanReadable).toBe(`Device ${uid} with value Human Resources was updated successfully.`);
    expect(fieldValue(uid, 'Department')).toBe('Human Resources');
  });

  test('a Date field takes MM/dd/yyyy', async () => {
    const uid = sim.state.demoDevice.deviceUid;
    const { ok } = await runHere(invocation(sim, COMMAND, { device_id: uid, cdf_uid: PURCHASE_DATE, value: '02/29/2024' }));
    expect(ok).toBe(true);
    expect(fieldValue(uid, 'Purchase Date')).toBe('02/29/2024');
  });

  test('the list command then shows the new value (playbook flow)', async () => {
    const uid = sim.state.demoDevice.deviceUid;
    await runHere(invocation(sim, COMMAND, { device_id: uid, cdf_uid: ASSET_NUMBER, value: 'AST-NEW' }));
    const { output } = await runHere(invocation(sim, 'absolute-custom-device-field-list', { device_id: uid }));
    expect(output.entries[0]?.HumanReadable).toContain(`| ${ASSET_NUMBER} | Asset Number | AST-NEW |`);
  });

  test('dist: an unknown cdf_uid names cdf_uid, lists the field names, and sends no update', async () => {
    const before = puts();
    const { code, output } = await runDist(
      invocation(sim, COMMAND, { device_id: sim.state.demoDevice.deviceUid, cdf_uid: 'K0ly5AiQDKsgVVcjqCqw', value: '1' }),
    );
    expect(code).not.toBe(0);
    const text = String(output.entries[0]?.Contents);
    expect(text).toContain(
      'Invalid argument "cdf_uid": no Device Field has cdfUid "K0ly5AiQDKsgVVcjqCqw"; available fields: Asset Number (',
    );
    expect(text).toContain('Department (2d9f3e4a-6c7f-4a5b-8c3d-1e2f3a4b5c63)');
    expect(puts()).toBe(before);
  });

  test.each([
    [
      { cdf_name: 'Department', value: 'Accounting' },
      'value',
      'Department is a Dropdown field; the value must be one of "Engineering", "Finance"',
    ],
    [
      { cdf_uid: PURCHASE_DATE, value: '2024-02-29' },
      'value',
      'Purchase Date is a Date field; the value must be a date written MM/dd/yyyy',
    ],
    [
      { cdf_uid: PURCHASE_DATE, value: '02/30/2024' },
      'value',
      'Purchase Date is a Date field; the value must be a date written MM/dd/yyyy, e.g. 03/31/2025 (got "02/30/2024")',
    ],
    [{ cdf_name: 'Colour', value: 'red' }, 'cdf_name', 'no Device Field is named "Colour"; available fields: Asset Number'],
  ])('%j is refused naming %s, and nothing is sent', async (args, argument, why) => {
    const before = puts();
    const { ok, output } = await runHere(invocation(sim, COMMAND, { device_id: sim.state.demoDevice.deviceUid, ...args }));
    expect(ok).toBe(false);
    expect(output.entries[0]?.Contents).toContain(`Invalid argument "${argument}": ${why}`);
    expect(puts()).toBe(before);
  });

  test.each([
    [{ device_id: 'LAPTOP-7', cdf_uid: ASSET_NUMBER, value: 'x' }, 'device_id', 'not a device UID'],
    [{ device_id: '3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61', value: 'x' }, 'cdf_uid', 'give cdf_uid (or cdf_name)'],
    [
      { device_id: '3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61', cdf_uid: ASSET_NUMBER, cdf_name: 'Asset Number', value: 'x' },
      'cdf_name',
      'give either cdf_uid or cdf_name, not both',
    ],
    [{ device_id: '3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61', cdf_uid: ASSET_NUMBER }, 'value', 'a value is required'],
  ])('%j is refused naming %s before any request', async (args, argument, why) => {
    const before = sim.stats().requestsTotal;
    const { ok, output } = await runHere(invocation(sim, COMMAND, args));
    expect(ok).toBe(false);
    expect(output.entries[0]?.Contents).toContain(`Invalid argument "${argument}": ${why}`);
    expect(sim.stats().requestsTotal).toBe(before);
  });

  test('dist: a well-formed but unknown device_id fails clearly and changes nothing', async () => {
    const uid = '00000000-0000-4000-8000-000000000000';
    const before = sim.stats().actionsCreated.cdfUpdate;
    const { code, output } = await runDist(invocation(sim, COMMAND, { device_id: uid, cdf_uid: ASSET_NUMBER, value: 'x' }));
    expect(code).not.toBe(0);
    expect(output.entries[0]?.Contents).toContain(`No device with device_id ${uid} was found in Absolute; nothing was changed.`);
    expect(sim.stats().actionsCreated.cdfUpdate).toBe(before);
  });
});

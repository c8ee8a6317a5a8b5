import type { RunningSimulator } from '../../../simulator';
import { invocation, runDist, runHere, startTestSimulator } from '../../support/harness';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});

const COMMAND = 'absolute-custom-device-field-list';
const CONTEXT_KEY = 'Absolute.CustomDeviceField(val.DeviceUID && val.DeviceUID == obj.DeviceUID)';

/** A fleet device other than the demo one, with every field cleared through the store. */
function deviceWithoutFields(): string {
  const index = 3;
  for (const definition of sim.state.customFields.definitions) sim.state.customFields.set(index, definition.cdfUid, '');
  const uid = sim.state.device(index)?.deviceUid;
  if (!uid) throw new Error('fleet too small');
  return uid;
}

describe('absolute-custom-device-field-list against the simulator', () => {
  test("dist: lists the demo device's fields with the official context and the 2.x table", async () => {
    const uid = sim.state.demoDevice.deviceUid;
    const expected = sim.state.device(uid)?.customFields ?? [];
    expect(expected.length).toBeGreaterThan(0);
    const { code, output } = await runDist(invocation(sim, COMMAND, { device_id: uid }));
    expect(code).toBe(0);
    const entry = output.entries[0];
    const context = entry?.EntryContext?.[CONTEXT_KEY] as { DeviceUID: string; CDFValues: Array<Record<string, unknown>> };
    expect(context.DeviceUID).toBe(uid);
    expect(context.CDFValues.map((v) => [v['CDFUID'], v['FieldName'], v['FieldValue']])).toEqual(
      expected.map((f) => [f.cdfUid, f.cdfFieldName, f.cdfFieldValue]),
    );
    expect(context.CDFValues[0]).toMatchObject({ CategoryCode: 'UDF', Type: 'Text', FieldKey: '1' });
    expect(entry?.HumanReadable).toContain('### Absolute Custom device field list\n|CDF ID|Field Name|Field Value|\n');
    expect(entry?.HumanReadable).toContain(`| ${expected[0]?.cdfUid} | ${expected[0]?.cdfFieldName} | ${expected[0]?.cdfFieldValue} |`);
  });

  test('dist: a device without any field value says so, distinctly, and writes no context', async () => {
    const uid = deviceWithoutFields();
    const { code, output } = await runDist(invocation(sim, COMMAND, { device_id: uid }));
    expect(code).toBe(0);
    expect(output.entries[0]?.HumanReadable).toBe(
      `Device ${uid} has no custom device fields set in Absolute (the API lists only fields that have a value on the device).`,
    );
    expect(output.entries[0]?.EntryContext).toBeUndefined();
  });

  test('an unknown device is an error naming the id, not an empty list', async () => {
    const uid = '00000000-0000-4000-8000-000000000000';
    const { ok, output } = await runHere(invocation(sim, COMMAND, { device_id: uid }));
    expect(ok).toBe(false);
    expect(output.entries[0]?.Contents).toContain(`No device with device_id ${uid} was found in Absolute.`);
  });

  test('limit cuts the list (and says so); all_results=true returns everything', async () => {
    const uid = sim.state.demoDevice.deviceUid;
    const total = sim.state.device(uid)?.customFields?.length ?? 0;
    const cut = await runHere(invocation(sim, COMMAND, { device_id: uid, limit: '1' }));
    const cutContext = cut.output.entries[0]?.EntryContext?.[CONTEXT_KEY] as { CDFValues: unknown[] };
    expect(cutContext.CDFValues).toHaveLength(1);
    expect(cut.output.entries[0]?.HumanReadable).toContain('use all_results=true');
    const all = await runHere(invocation(sim, COMMAND, { device_id: uid, limit: '1', all_results: 'true' }));
    expect((all.output.entries[0]?.EntryContext?.[CONTEXT_KEY] as { CDFValues: unknown[] }).CDFValues).toHaveLength(total);
  });

  test('dist: a device_id that is not a UUID is refused before any request', async () => {
    const before = sim.stats().requestsTotal;
    const { code, output } = await runDist(invocation(sim, COMMAND, { device_id: '../definitions' }));
    expect(code).not.toBe(0);
    expect(output.entries[0]?.Contents).toContain('Invalid argument "device_id": not a device UID');
    expect(sim.stats().requestsTotal).toBe(before);
  });

  test.each([
    [{}, 'device_id', 'a value is required'],
    [{ device_id: '3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61', limit: '0' }, 'limit', 'must be at least 1'],
    [{ device_id: '3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61', all_results: 'maybe' }, 'all_results', 'must be true or false'],
  ])('bad input %j names %s', async (args, argument, why) => {
    const before = sim.stats().requestsTotal;
    const { ok, output } = await runHere(invocation(sim, COMMAND, args));
    expect(ok).toBe(false);
    expect(output.entries[0]?.Contents).toContain(`Invalid argument "${argument}": ${why}`);
    expect(sim.stats().requestsTotal).toBe(before);
  });
});

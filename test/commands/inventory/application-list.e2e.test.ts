import type { RunningSimulator } from '../../../simulator';
import type { Entry } from '../../../Integrations/Absolute/src/xsoar/entry';
import { invocation, runDist, runHere, startTestSimulator } from '../../support/harness';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});

const COMMAND = 'absolute-device-application-list';
const CONTEXT_KEY = 'Absolute.DeviceApplication(val.DeviceAppId && val.DeviceAppId == obj.DeviceAppId)';
type App = Record<string, string>;

function apps(entry: Entry | undefined): App[] {
  return (entry?.EntryContext?.[CONTEXT_KEY] ?? []) as App[];
}

async function list(args: Record<string, unknown>): Promise<App[]> {
  const { ok, output } = await runHere(invocation(sim, COMMAND, args));
  expect(ok).toBe(true);
  return apps(output.entries[0]);
}

describe('absolute-device-application-list against the simulator', () => {
  test('dist: device and application arguments narrow together; the table and page line are official', async () => {
    const uid = sim.state.demoDevice.deviceUid;
    const all = await list({ device_ids: uid, limit: '500' });
    expect(all.length).toBeGreaterThan(3);
    // A comma would split the value into two (list arguments are comma-separated), so pick one without.
    const publisher = all.map((a) => a['AppPublisher'] as string).find((p) => !p.includes(',')) as string;
    const expected = all.filter((a) => a['AppPublisher']?.toLowerCase().includes(publisher.toLowerCase()));
    const { code, output } = await runDist(invocation(sim, COMMAND, { device_names: 'LAPTOP-7', app_publishers: publisher, limit: '500' }));
    expect(code).toBe(0);
    const got = apps(output.entries[0]);
    expect(got.map((a) => a['DeviceAppId']).sort()).toEqual(expected.map((a) => a['DeviceAppId']).sort());
    expect(got.every((a) => a['DeviceName']?.includes('LAPTOP-7'))).toBe(true);
    expect(got[0]).toMatchObject({ DeviceUid: uid, Esn: sim.state.demoDevice.esn, DeviceSerialNumber: sim.state.demoDevice.serialNumber });
    expect(output.entries[0]?.HumanReadable).toMatch(
      /^### Absolute device applications list:\n\|AppName\|AppVersion\|AppPublisher\|DeviceName\|/,
    );
    expect(output.entries[0]?.HumanReadable).toMatch(/\nAbove results are with page number: 0 and with limit: 500\.$/);
  });

  test('several values of one argument widen the result (or)', async () => {
    const uid = sim.state.demoDevice.deviceUid;
    const all = await list({ device_ids: uid, limit: '500' });
    const [first, second] = [all[0]?.['AppName'] as string, all[1]?.['AppName'] as string];
    const got = await list({ device_ids: uid, app_names: `${first},${second}`, limit: '500' });
    const names = new Set(got.map((a) => a['AppName']));
    expect(names.has(first) && names.has(second)).toBe(true);
    expect(got.every((a) => [first, second].some((n) => a['AppName']?.toLowerCase().includes(n.toLowerCase())))).toBe(true);
  });

  test('a value containing a comma is given as a JSON list', async () => {
    const got = await list({ device_ids: sim.state.demoDevice.deviceUid, app_publishers: '["Cisco Systems, Inc."]', limit: '500' });
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((a) => a['AppPublisher'] === 'Cisco Systems, Inc.')).toBe(true);
  });

  test('the user filter is and-ed with the other arguments', async () => {
    const uid = sim.state.demoDevice.deviceUid;
    const got = await list({ filter: "appName eq 'Absolute Agent' or appName eq '7-Zip'", device_ids: uid });
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((a) => a['DeviceUid'] === uid)).toBe(true);
  });

  test('return_fields selects the fields (API or output names); the key field always comes along', async () => {
    const got = await list({ device_ids: sim.state.demoDevice.deviceUid, return_fields: 'appName,AppVersion', limit: '3' });
    expect(got).toHaveLength(3);
    for (const app of got) expect(Object.keys(app).sort()).toEqual(['AppName', 'AppVersion', 'DeviceAppId']);
  });

  test('(fixed: page is a page of `limit` rows) page 1 of 2 is rows 3-4 of the first 4', async () => {
    const firstFour = await list({ limit: '4' });
    const pageOne = await list({ limit: '2', page: '1' });
    expect(pageOne.map((a) => a['DeviceAppId'])).toEqual(firstFour.slice(2, 4).map((a) => a['DeviceAppId']));
  });

  test('dist: nothing found (a quote in a value is escaped, not a syntax error) gives the official empty message', async () => {
    const { code, output } = await runDist(invocation(sim, COMMAND, { user_names: "O'Brien", app_names: 'Notepad++' }));
    expect(code).toBe(0);
    expect(output.entries[0]?.HumanReadable).toBe(
      "No applications found in Absolute for the given filters: app_names=Notepad++, user_names=O'Brien.",
    );
    expect(output.entries[0]?.EntryContext).toBeUndefined();
  });

  test('an invalid filter gives the official hint with the API message', async () => {
    const { ok, output } = await runHere(invocation(sim, COMMAND, { filter: "appName eq 'x' and" }));
    expect(ok).toBe(false);
    expect(output.entries[0]?.Contents).toMatch(
      /^Failed to execute absolute-device-application-list command\.\nError:\nError in request - make sure your filter is in accordance to the Absolute documentation\.\nAbsolute API returned 400 INVALID_REQUEST for GET \/v3\/reporting\/applications-advanced/,
    );
  });

  test('dist: an unknown return field is refused naming return_fields, before any request', async () => {
    const before = sim.stats().requestsTotal;
    const { code, output } = await runDist(invocation(sim, COMMAND, { return_fields: 'appName,colour' }));
    expect(code).not.toBe(0);
    expect(output.entries[0]?.Contents).toContain(
      'Invalid argument "return_fields": unknown field "colour"; the fields are accountUid, appId, appName',
    );
    expect(sim.stats().requestsTotal).toBe(before);
  });

  test.each([
    [{ device_ids: 'LAPTOP-7' }, 'device_ids', 'not a device UID'],
    [{ return_fields: 'app name' }, 'return_fields', 'not a field name'],
    [{ limit: '10001' }, 'limit', 'must be at most 10000'],
    [{ page: '-1' }, 'page', 'must be at least 0'],
    [{ limit: 'ten' }, 'limit', 'must be a whole number'],
  ])('%j is refused naming %s before any request', async (args, argument, why) => {
    const before = sim.stats().requestsTotal;
    const { ok, output } = await runHere(invocation(sim, COMMAND, args));
    expect(ok).toBe(false);
    expect(output.entries[0]?.Contents).toContain(`Invalid argument "${argument}": ${why}`);
    expect(sim.stats().requestsTotal).toBe(before);
  });
});

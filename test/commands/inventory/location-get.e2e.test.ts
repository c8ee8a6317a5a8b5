import { ALL_PERMISSIONS, type RunningSimulator } from '../../../simulator';
import type { Entry } from '../../../Integrations/Absolute/src/xsoar/entry';
import { invocation, paramsFor, runDist, runHere, startTestSimulator } from '../../support/harness';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});

const COMMAND = 'absolute-device-location-get';
const CONTEXT_KEY = 'Absolute.LocationReport(val.ID && val.ID == obj.ID)';
type Report = Record<string, unknown>;

function reports(entry: Entry | undefined): Report[] {
  return (entry?.EntryContext?.[CONTEXT_KEY] ?? []) as Report[];
}

describe('absolute-device-location-get against the simulator', () => {
  test("dist: maps the demo device's location: Latitude = point.x, Longitude = point.y, raw Coordinates, ISO LastUpdate", async () => {
    const demo = sim.state.demoDevice;
    const location = sim.state.device(demo.deviceUid)?.geoData?.location;
    if (!location) throw new Error('the demo device should have a location');
    const { code, output } = await runDist(invocation(sim, COMMAND, { device_ids: demo.deviceUid }));
    expect(code).toBe(0);
    expect(reports(output.entries[0])).toEqual([
      {
        ID: demo.deviceUid,
        DeviceName: demo.deviceName,
        Coordinates: location.point.coordinates,
        Latitude: location.point.x,
        Longitude: location.point.y,
        City: location.geoAddress.city,
        State: location.geoAddress.state,
        CountryCode: location.geoAddress.countryCode,
        Country: location.geoAddress.country,
        LocationTechnology: location.locationTechnology,
        Accuracy: location.accuracy,
        LastUpdate: new Date(location.lastUpdateDateTimeUtc).toISOString(),
      },
    ]);
    expect(output.entries[0]?.HumanReadable).toMatch(/^### Absolute devices location:\n\|ID\|DeviceName\|Latitude\|Longitude\|City\|/);
  });

  test('names and serial numbers work too; a shared name returns every device that has it', async () => {
    const [shared] = sim.state.duplicatedDeviceNames;
    const { ok, output } = await runHere(
      invocation(sim, COMMAND, { device_names: shared, serial_numbers: sim.state.demoDevice.serialNumber }),
    );
    expect(ok).toBe(true);
    const text = output.entries[0]?.HumanReadable ?? '';
    const sharing = Array.from({ length: 200 }, (_, i) => sim.state.device(i)).filter((d) => d?.deviceName === shared);
    expect(sharing).toHaveLength(2);
    const ids = reports(output.entries[0]).map((r) => r['ID']);
    expect(ids).toContain(sim.state.demoDevice.deviceUid);
    for (const device of sharing) {
      // Each device of the shared name is accounted for: in context, or in the no-location line.
      if (device?.geoData?.location) expect(ids).toContain(device.deviceUid);
      else expect(text).toContain(`No location is recorded for: ${shared} (${device?.deviceUid})`);
    }
  });

  test('ids are looked up 100 per filter (150 ids → 2 requests), all found', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => sim.state.device(i)?.deviceUid as string);
    const route = 'GET /v3/reporting/devices-advanced';
    const before = sim.stats().requestsByRoute[route] ?? 0;
    const { output } = await runHere(invocation(sim, COMMAND, { device_ids: ids.join(',') }));
    expect(sim.stats().requestsByRoute[route]! - before).toBe(2);
    const withLocation = ids.filter((id) => sim.state.device(id)?.geoData?.location);
    expect(
      reports(output.entries[0])
        .map((r) => r['ID'])
        .sort(),
    ).toEqual([...withLocation].sort());
    expect(output.entries[0]?.HumanReadable).not.toContain('Not found in Absolute');
  });

  test('dist: unknown devices give the official empty message', async () => {
    const uid = '00000000-0000-4000-8000-000000000000';
    const { code, output } = await runDist(invocation(sim, COMMAND, { device_ids: uid }));
    expect(code).toBe(0);
    expect(output.entries[0]?.HumanReadable).toBe(
      `No device locations found in Absolute for the given filters: device_ids=${uid}.\nNot found in Absolute: device_ids: ${uid}.`,
    );
    expect(output.entries[0]?.EntryContext).toBeUndefined();
  });

  test('a device without a location is reported as such, distinctly, and found devices are still listed', async () => {
    const index = 7;
    const uid = sim.state.device(index)?.deviceUid as string;
    sim.state.overrideDevice(uid, { geoData: undefined });
    const only = await runHere(invocation(sim, COMMAND, { device_ids: uid }));
    expect(only.output.entries[0]?.HumanReadable).toMatch(
      /^Absolute has no location for the matching devices\.\nNo location is recorded for: .+ \(.+\)\. Either the device has not reported one yet, or the API token lacks View on Geolocation/,
    );
    expect(only.output.entries[0]?.EntryContext).toBeUndefined();
    const mixed = await runHere(invocation(sim, COMMAND, { device_ids: `${uid},${sim.state.demoDevice.deviceUid}` }));
    expect(reports(mixed.output.entries[0]).map((r) => r['ID'])).toEqual([sim.state.demoDevice.deviceUid]);
    expect(mixed.output.entries[0]?.HumanReadable).toContain(`No location is recorded for: ${sim.state.device(uid)?.deviceName} (${uid}).`);
  });

  test('a token without View on Geolocation (the API silently drops geoData) gets the no-location report, not an empty list', async () => {
    const token = {
      tokenId: 'no-geo-token',
      alg: 'HS256' as const,
      secret: 'no-geo-secret-0123456789',
      permissions: ALL_PERMISSIONS.filter((p) => p !== 'geolocation.view'),
    };
    const restricted = await startTestSimulator({ tokens: [token] });
    try {
      const params = paramsFor(restricted, { credentials: { identifier: token.tokenId, password: token.secret } });
      const { ok, output } = await runHere({ command: COMMAND, params, args: { device_ids: restricted.state.demoDevice.deviceUid } });
      expect(ok).toBe(true);
      expect(output.entries[0]?.HumanReadable).toContain('Absolute has no location for the matching devices.');
      expect(output.entries[0]?.HumanReadable).toContain('lacks View on Geolocation');
    } finally {
      await restricted.close();
    }
  });

  test('dist: no identifier at all is refused naming device_ids, before any request', async () => {
    const before = sim.stats().requestsTotal;
    const { code, output } = await runDist(invocation(sim, COMMAND, {}));
    expect(code).not.toBe(0);
    expect(output.entries[0]?.Contents).toContain(
      'Invalid argument "device_ids": give at least one of device_ids, device_names or serial_numbers',
    );
    expect(sim.stats().requestsTotal).toBe(before);
  });

  test('a device id that is not a UUID is refused naming device_ids, before any request', async () => {
    const before = sim.stats().requestsTotal;
    const { ok, output } = await runHere(invocation(sim, COMMAND, { device_ids: "1' or deviceName eq 'x" }));
    expect(ok).toBe(false);
    expect(output.entries[0]?.Contents).toContain('Invalid argument "device_ids": not a device UID');
    expect(sim.stats().requestsTotal).toBe(before);
  });
});

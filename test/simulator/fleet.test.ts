import { DEMO_DEVICE, startSimulator, type DeviceReport } from '../../simulator';
import { Fleet } from '../../simulator/fleet/fleet';
import { T0 } from './support/api-client';
import { allDevices } from './support/fleet-helpers';

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('the seeded fleet', () => {
  const fleet = new Fleet(42, 3000, T0);
  const devices = Array.from({ length: fleet.size }, (_, i) => fleet.baseReport(i));

  test('is a pure function of (seed, index): same seed same devices, another seed different ones', () => {
    const again = new Fleet(42, 3000, T0);
    expect(again.baseReport(1234)).toEqual(fleet.baseReport(1234));
    const other = new Fleet(7, 3000, T0);
    expect(other.baseReport(1234).deviceUid).not.toBe(fleet.baseReport(1234).deviceUid);
    expect(other.baseReport(0)).toMatchObject({ deviceUid: DEMO_DEVICE.deviceUid, deviceName: 'LAPTOP-7' });
  });

  test('uids, ESNs and serial numbers are unique; names are unique except the two deliberate duplicates', () => {
    for (const key of ['deviceUid', 'esn', 'serialNumber'] as const) expect(new Set(devices.map((d) => d[key])).size).toBe(devices.length);
    const counts = new Map<string, number>();
    for (const d of devices) counts.set(d.deviceName, (counts.get(d.deviceName) ?? 0) + 1);
    const duplicated = [...counts].filter(([, n]) => n > 1).map(([name]) => name);
    expect(duplicated.sort()).toEqual(['MBP-SALES-01', 'RECEPTION-PC']);
    expect(fleet.duplicatedDeviceNames()).toEqual(['RECEPTION-PC', 'MBP-SALES-01']);
  });

  test('values look like a real tenant', () => {
    for (const d of devices) {
      expect(d.deviceUid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(d.esn).toMatch(/^[0-9A-Z]{20}$/);
      expect(['Windows', 'Mac', 'Chrome']).toContain(d.platformOSType);
      expect(d.localIp).toMatch(/^(10\.\d+|172\.16)\.\d+\.\d+$/);
      expect(d.publicIp).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/);
      for (const stamp of [
        d.lastConnectedDateTimeUtc,
        d.lastUpdatedDateTimeUtc,
        d.firstCallDateTimeUtc,
        d.operatingSystem.installDateTimeUtc,
      ])
        expect(stamp).toMatch(ISO_MS);
      expect(Date.parse(d.lastConnectedDateTimeUtc)).toBeLessThanOrEqual(T0);
    }
    const share = (p: (d: DeviceReport) => boolean) => devices.filter(p).length / devices.length;
    expect(share((d) => d.agentStatus === 'A')).toBeGreaterThan(0.8);
    expect(share((d) => d.agentStatus === 'D')).toBeGreaterThan(0.01);
    expect(share((d) => d.agentStatus === 'I')).toBeGreaterThan(0.01);
    expect(share((d) => d.isStolen)).toBeGreaterThan(0);
    expect(share((d) => d.isStolen)).toBeLessThan(0.05);
    expect(devices.filter((d) => d.isStolen).every((d) => d.deviceStatus?.type === 'STOLEN')).toBe(true);
    expect(share((d) => d.deviceFreezeStatus?.statusCode === 'FRZN')).toBeGreaterThan(0);
    expect(share((d) => d.espInfo?.encryptionProductName === 'FileVault')).toBeGreaterThan(0.1);
    expect(new Set(devices.map((d) => d.deviceName.replace(/-.*/, ''))).size).toBeGreaterThan(5);
  });

  test('geoData uses the v3 convention: x = latitude, y = longitude, coordinates = [latitude, longitude]', () => {
    const demo = fleet.baseReport(0);
    const location = demo.geoData?.location;
    expect(location?.geoAddress).toMatchObject({ city: 'Vancouver', countryCode: 'CA' });
    expect(location?.point.x).toBeCloseTo(49.28, 0);
    expect(location?.point.y).toBeCloseTo(-123.12, 0);
    expect(location?.point.coordinates).toEqual([location?.point.x, location?.point.y]);
    expect(location?.point.type).toBe('Point');
  });

  test('the demo device is LAPTOP-7: Windows, active, BitLocker-encrypted, located', () => {
    expect(fleet.baseReport(0)).toMatchObject({
      deviceUid: DEMO_DEVICE.deviceUid,
      deviceName: DEMO_DEVICE.deviceName,
      serialNumber: DEMO_DEVICE.serialNumber,
      esn: DEMO_DEVICE.esn,
      platformOSType: 'Windows',
      agentStatus: 'A',
      isStolen: false,
      espInfo: { encryptionStatus: 'ENCR', encryptionProductName: 'BitLocker' },
    });
  });

  test('timestamps follow the clock the simulator starts with', async () => {
    const sim = await startSimulator({ fleetSize: 5, now: () => T0 + 59_999, rateLimitPerSecond: false });
    try {
      expect(sim.state.fleet.epochMs).toBe(T0);
      expect(allDevices(sim).map((d) => d.deviceUid)).toEqual(devices.slice(0, 5).map((d) => d.deviceUid));
    } finally {
      await sim.close();
    }
  });

  test('a 100k fleet starts without generating devices, and any device is reachable by index or uid', async () => {
    const sim = await startSimulator({ fleetSize: 100_000, rateLimitPerSecond: false, now: () => T0 });
    try {
      const last = sim.state.device(99_999);
      expect(last?.deviceUid).toBeDefined();
      expect(sim.state.device(last?.deviceUid ?? '')?.serialNumber).toBe(last?.serialNumber);
      expect(sim.state.device(100_000)).toBeUndefined();
    } finally {
      await sim.close();
    }
  });
});

import { DEPARTMENTS, DOMAINS, FIRST_NAMES, LAST_NAMES, MODELS, type HardwareModel, type Platform } from './catalogs';
import { randomChars, uniqueCode, uniqueDigits, uuidFrom } from '../util/ids';
import { pick, rngFor, weighted } from '../util/prng';

/**
 * The cheap part of a device: enough to name it, look it up and mention it in SIEM events, without
 * building the whole report. A pure function of (seed, index).
 */
export interface DeviceIdentity {
  index: number;
  deviceUid: string;
  deviceName: string;
  esn: string;
  serialNumber: string;
  platform: Platform;
  hardware: HardwareModel;
  department: string;
  firstName: string;
  lastName: string;
  /** Account name without domain, e.g. `tjordan`. */
  accountName: string;
  domain: { netbios: string; dns: string };
}

/** The stable demo device (index 0), documented so demos and other teams' tests can rely on it. */
export const DEMO_DEVICE = {
  deviceUid: '3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61',
  deviceName: 'LAPTOP-7',
  serialNumber: 'PF4K7Q2Z',
  esn: '2BU2PJD28VAA1UYL0007',
} as const;

/** Pairs of fleet positions that deliberately share a name, for "ambiguous device name" handling. */
export const DUPLICATE_NAME_SLOTS: readonly { name: string; platform: Platform; indices: readonly number[] }[] = [
  { name: 'RECEPTION-PC', platform: 'Windows', indices: [2, 12] },
  { name: 'MBP-SALES-01', platform: 'Mac', indices: [5, 15] },
];

const ESN_ACCOUNT_PREFIX = '2BU2';

export function deviceIdentity(seed: number, index: number): DeviceIdentity {
  const random = rngFor(seed, index, 'identity');
  const duplicate = DUPLICATE_NAME_SLOTS.find((slot) => slot.indices.includes(index));
  const platform: Platform =
    index === 0
      ? 'Windows'
      : duplicate
        ? duplicate.platform
        : weighted(random, [
            ['Windows', 70],
            ['Mac', 20],
            ['Chrome', 10],
          ]);
  const hardware = index === 0 ? demoHardware() : pick(random, MODELS[platform]);
  const department = pick(random, DEPARTMENTS);
  const firstName = pick(random, FIRST_NAMES);
  const lastName = pick(random, LAST_NAMES);
  const domain = pick(random, DOMAINS);
  const accountName = `${firstName[0]}${lastName}`.toLowerCase();
  const esnMiddle = randomChars(random, 8);

  const generated = {
    deviceUid: deviceUidAt(seed, index),
    deviceName: duplicate?.name ?? generatedName(platform, hardware, department, index, seed),
    esn: `${ESN_ACCOUNT_PREFIX}${esnMiddle}${uniqueCode(index, 8, seed + 11)}`,
    serialNumber: serialFor(hardware, index, seed),
  };
  const names = index === 0 ? DEMO_DEVICE : avoidDemoValues(generated);
  return { index, ...names, platform, hardware, department, firstName, lastName, accountName, domain };
}

/** Just the uid, for building the uid -> index map without generating whole identities. */
export function deviceUidAt(seed: number, index: number): string {
  if (index === 0) return DEMO_DEVICE.deviceUid;
  const uid = uuidFrom(rngFor(seed, index, 'uid'));
  return uid === DEMO_DEVICE.deviceUid ? `${uid.slice(0, -1)}0` : uid;
}

function generatedName(platform: Platform, hardware: HardwareModel, department: string, index: number, seed: number): string {
  // Each pattern embeds an index-derived code, so names are unique without a registry.
  if (platform === 'Mac') return `${hardware.model.startsWith('MacBookAir') ? 'MBA' : 'MBP'}-${department}-${index}`;
  if (platform === 'Chrome') return `CB-${uniqueCode(index, 6, seed + 3)}`;
  if (hardware.chassis === 'Desktop') return `DESKTOP-${uniqueCode(index, 5, seed + 1)}`;
  if (index % 4 === 1) return `${department}-LT-${uniqueDigits(index, 6, seed)}`;
  return `LAPTOP-${uniqueCode(index, 5, seed + 2)}`;
}

function serialFor(hardware: HardwareModel, index: number, seed: number): string {
  const { prefix, length, digitsOnly } = hardware.serial;
  return prefix + (digitsOnly ? uniqueDigits(index, length, seed) : uniqueCode(index, length, seed + 7));
}

/** Generated values could in theory equal the fixed demo values; nudge them so lookups stay unique. */
function avoidDemoValues<T extends { deviceName: string; esn: string; serialNumber: string }>(values: T): T {
  const out = { ...values };
  for (const key of ['deviceName', 'esn', 'serialNumber'] as const) {
    if (out[key] === DEMO_DEVICE[key]) out[key] = `${out[key]}X`;
  }
  return out;
}

function demoHardware(): HardwareModel {
  const thinkpad = MODELS.Windows.find((m) => m.model === 'ThinkPad T14 Gen 3');
  if (!thinkpad) throw new Error('catalog lost the demo model');
  return thinkpad;
}

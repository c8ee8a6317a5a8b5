import { createHash } from 'node:crypto';
import { APP_CATALOG } from './app-catalog';
import type { DeviceIdentity } from './device-identity';
import { ACCOUNT_UID } from './device-generator';
import { intBetween, pick, rngFor } from '../util/prng';
import { DAY_MS, isoMs } from '../util/time';

/** One installed application on one device, as `/reporting/applications` returns it. */
export interface SoftwareReport {
  accountUid: string;
  deviceAppId: string;
  deviceUid: string;
  deviceName: string;
  deviceSerialNumber: string;
  esn: string;
  userName: string;
  osName: string;
  appId: string;
  appName: string;
  appOriginalName: string;
  appPublisher: string;
  appOriginalPublisher: string;
  appVersion: string;
  appOriginalVersion: string;
  major?: number;
  minor?: number;
  installPath: string;
  installDateTimeUtc: string;
  firstDetectDateTimeUtc: string;
  lastScanDateTimeUtc: string;
}

export const SOFTWARE_REPORT_FIELDS: readonly string[] = [
  'accountUid',
  'appId',
  'appName',
  'appOriginalName',
  'appOriginalPublisher',
  'appOriginalVersion',
  'appPublisher',
  'appVersion',
  'deviceAppId',
  'deviceName',
  'deviceSerialNumber',
  'deviceUid',
  'esn',
  'firstDetectDateTimeUtc',
  'installDateTimeUtc',
  'installPath',
  'lastScanDateTimeUtc',
  'major',
  'minor',
  'osName',
  'userName',
];

/**
 * A device's installed software: 5–40 catalog products (fewer on Chromebooks), a pure function of
 * (seed, device), sorted by appId as the default order requires.
 */
export function softwareForDevice(seed: number, identity: DeviceIdentity, osName: string, epochMs: number): SoftwareReport[] {
  const random = rngFor(seed, identity.index, 'software');
  const catalog = [...APP_CATALOG[identity.platform]];
  const wanted = Math.min(catalog.length, identity.platform === 'Chrome' ? intBetween(random, 5, 8) : intBetween(random, 5, 40));
  // Partial Fisher–Yates: the first `wanted` entries become a random distinct sample.
  for (let i = 0; i < wanted; i++) {
    const j = i + Math.floor(random() * (catalog.length - i));
    [catalog[i], catalog[j]] = [catalog[j] as (typeof catalog)[number], catalog[i] as (typeof catalog)[number]];
  }
  const apps = catalog.slice(0, wanted).map((app): SoftwareReport => {
    const version = pick(random, app.versions);
    const appId = Buffer.from(`${app.name}||${app.publisher}||${version}`).toString('base64');
    const [major, minor] = version.split('.').map((part) => Number.parseInt(part, 10));
    const installed = epochMs - intBetween(random, 5, 700) * DAY_MS;
    return {
      accountUid: ACCOUNT_UID,
      deviceAppId: `${identity.deviceUid}_${createHash('sha256').update(`${identity.deviceUid}|${appId}`).digest('hex')}`,
      deviceUid: identity.deviceUid,
      deviceName: identity.deviceName,
      deviceSerialNumber: identity.serialNumber,
      esn: identity.esn,
      userName: identity.platform === 'Windows' ? `${identity.domain.netbios}\\${identity.accountName}` : identity.accountName,
      osName,
      appId,
      appName: app.name,
      appOriginalName: app.originalName ?? app.name,
      appPublisher: app.publisher,
      appOriginalPublisher: app.publisher,
      appVersion: version,
      appOriginalVersion: version,
      ...(Number.isFinite(major) ? { major } : {}),
      ...(Number.isFinite(minor) ? { minor } : {}),
      installPath: app.installPath,
      installDateTimeUtc: isoMs(installed),
      firstDetectDateTimeUtc: isoMs(installed + intBetween(random, 0, 3) * DAY_MS),
      lastScanDateTimeUtc: isoMs(epochMs - intBetween(random, 0, 3) * DAY_MS),
    };
  });
  return apps.sort((a, b) => (a.appId < b.appId ? -1 : a.appId > b.appId ? 1 : 0));
}

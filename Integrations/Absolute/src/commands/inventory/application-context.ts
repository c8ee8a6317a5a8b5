import type { ApiDeviceApplication } from '../../absolute/api/applications';
import type { JsonObject } from '../../xsoar/entry';
import { compact } from '../shared';

/**
 * API field → `Absolute.DeviceApplication` key, in table order. Names are the official pack's;
 * its manifest declared `Ens` (a typo) while its code wrote `Esn`, which is what is written here.
 */
const OUTPUT_NAMES = [
  ['appName', 'AppName'],
  ['appVersion', 'AppVersion'],
  ['appPublisher', 'AppPublisher'],
  ['deviceName', 'DeviceName'],
  ['deviceUid', 'DeviceUid'],
  ['userName', 'UserName'],
  ['osName', 'OsName'],
  ['esn', 'Esn'],
  ['deviceSerialNumber', 'DeviceSerialNumber'],
  ['installPath', 'InstallPath'],
  ['installDateTimeUtc', 'InstallDate'],
  ['firstDetectDateTimeUtc', 'FirstDetectUtc'],
  ['lastScanDateTimeUtc', 'LastScanTimeUtc'],
  ['appOriginalName', 'AppOriginalName'],
  ['appOriginalPublisher', 'AppOriginalPublisher'],
  ['appOriginalVersion', 'AppOriginalVersion'],
  ['appId', 'AppId'],
  ['deviceAppId', 'DeviceAppId'],
] as const;

/** Every output key, for tables of a user's own return_fields. */
export const APPLICATION_ALL_HEADERS = OUTPUT_NAMES.map(([, out]) => out);

/** The default table leaves out hashes and the "original" duplicates, which stay in context. */
export const APPLICATION_TABLE_HEADERS = [
  'AppName',
  'AppVersion',
  'AppPublisher',
  'DeviceName',
  'DeviceUid',
  'UserName',
  'OsName',
  'Esn',
  'InstallPath',
  'InstallDate',
  'LastScanTimeUtc',
];

/** Every field software reporting can `select` (the documented list). */
export const APPLICATION_FIELDS = [
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
] as const;

/** Field names users may give in return_fields (any case): API names, and the pack's output names. */
const SELECTABLE = new Map<string, string>([
  ...APPLICATION_FIELDS.map((f) => [f.toLowerCase(), f] as const),
  ...OUTPUT_NAMES.map(([api, out]) => [out.toLowerCase(), api] as const),
]);

/** The API field a return_fields entry names, or undefined when there is none. */
export function selectableField(name: string): string | undefined {
  return SELECTABLE.get(name.toLowerCase());
}

export function applicationContext(app: ApiDeviceApplication): JsonObject {
  const out: Record<string, unknown> = {};
  for (const [api, name] of OUTPUT_NAMES) out[name] = app[api];
  return compact(out);
}

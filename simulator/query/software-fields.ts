import type { SoftwareReport } from '../fleet/software-report';
import { buildFilterParams, type FilterField } from './filter-fields';

type Key = keyof SoftwareReport;
const text = (name: Key): FilterField<SoftwareReport> => ({ name, kind: 'string', get: (a) => stringOf(a[name]) });
const date = (name: Key): FilterField<SoftwareReport> => ({ name, kind: 'date', get: (a) => stringOf(a[name]) });

export const SOFTWARE_FILTER_FIELDS: readonly FilterField<SoftwareReport>[] = [
  text('appId'),
  text('appName'),
  text('appOriginalName'),
  text('appPublisher'),
  text('appOriginalPublisher'),
  text('appVersion'),
  text('appOriginalVersion'),
  text('deviceAppId'),
  text('deviceName'),
  text('deviceSerialNumber'),
  text('deviceUid'),
  text('esn'),
  text('installPath'),
  text('osName'),
  text('userName'),
  date('firstDetectDateTimeUtc'),
  date('installDateTimeUtc'),
  date('lastScanDateTimeUtc'),
];

export const SOFTWARE_FILTER_PARAMS = buildFilterParams(SOFTWARE_FILTER_FIELDS);

/** Multi-key sort is allowed on the software report; these are the accepted keys. */
export const SOFTWARE_SORT_FIELDS: readonly Key[] = [
  'deviceUid',
  'appId',
  'appName',
  'appPublisher',
  'appVersion',
  'appOriginalName',
  'appOriginalPublisher',
  'appOriginalVersion',
  'deviceName',
  'deviceSerialNumber',
  'esn',
  'osName',
  'userName',
  'installPath',
  'installDateTimeUtc',
  'firstDetectDateTimeUtc',
  'lastScanDateTimeUtc',
  'deviceAppId',
];

function stringOf(value: string | number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

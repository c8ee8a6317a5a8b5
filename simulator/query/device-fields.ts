import type { DeviceReport } from '../fleet/device-report';
import { DEVICE_REPORT_FIELDS } from '../fleet/device-report';
import { buildFilterParams, type FilterField } from './filter-fields';

const text = (name: string, get: (d: DeviceReport) => string | undefined): FilterField<DeviceReport> => ({ name, kind: 'string', get });
const date = (name: string, get: (d: DeviceReport) => string | undefined): FilterField<DeviceReport> => ({ name, kind: 'date', get });

/** Device filter stems (`<stem><Suffix>`), mapped onto report fields. */
export const DEVICE_FILTER_FIELDS: readonly FilterField<DeviceReport>[] = [
  text('deviceUid', (d) => d.deviceUid),
  text('deviceName', (d) => d.deviceName),
  text('serialNumber', (d) => d.serialNumber),
  text('esn', (d) => d.esn),
  text('localIp', (d) => d.localIp),
  text('publicIp', (d) => d.publicIp),
  text('agentStatus', (d) => d.agentStatus),
  text('agentVersion', (d) => d.agentVersion),
  text('username', (d) => d.username),
  text('currentUsername', (d) => d.currentUsername),
  text('domain', (d) => d.domain),
  text('operatingSystemName', (d) => d.operatingSystem.name),
  text('platformOSType', (d) => d.platformOSType),
  text('systemManufacturer', (d) => d.systemManufacturer),
  text('systemModel', (d) => d.systemModel),
  text('systemType', (d) => d.systemType),
  text('fullSystemName', (d) => d.fullSystemName),
  text('policyGroupUid', (d) => d.policyGroupUid),
  text('policyGroupName', (d) => d.policyGroupName),
  text('deviceFreezeStatusCode', (d) => d.deviceFreezeStatus?.statusCode),
  date('lastConnectedDateTimeUtc', (d) => d.lastConnectedDateTimeUtc),
  date('lastUpdatedDateTimeUtc', (d) => d.lastUpdatedDateTimeUtc),
  date('firstCallDateTimeUtc', (d) => d.firstCallDateTimeUtc),
  { name: 'isStolen', kind: 'boolean', get: (d) => d.isStolen },
  { name: 'isNotStolen', kind: 'boolean', get: (d) => !d.isStolen },
];

export const DEVICE_FILTER_PARAMS = buildFilterParams(DEVICE_FILTER_FIELDS);

/** The documented single-key `sortBy` fields of the device report. */
export const DEVICE_SORT_FIELDS: Readonly<Record<string, (d: DeviceReport) => unknown>> = {
  agentStatus: (d) => d.agentStatus,
  deviceName: (d) => d.deviceName,
  deviceUid: (d) => d.deviceUid,
  esn: (d) => d.esn,
  fullSystemName: (d) => d.fullSystemName,
  lastUpdatedDateTimeUtc: (d) => d.lastUpdatedDateTimeUtc,
  platformOSType: (d) => d.platformOSType,
  serialNumber: (d) => d.serialNumber,
  systemModel: (d) => d.systemModel,
  systemType: (d) => d.systemType,
};

/** Schema fields plus the ~90 Application Resilience objects (`rnr<App>`), which share a prefix. */
export function isDeviceSelectField(name: string): boolean {
  return DEVICE_REPORT_FIELDS.has(name) || /^rnr[A-Za-z0-9_]+$/.test(name);
}

import type { OsRelease } from './catalogs';

/**
 * The device object the simulator serves on `/reporting/devices`: the subset of the v3 DeviceReport
 * schema a console would typically fill in. Optional members are left out of the JSON when absent,
 * as the real API omits null-valued fields.
 */
export interface DeviceReport {
  deviceUid: string;
  esn: string;
  accountUid: string;
  deviceName: string;
  fullSystemName: string;
  systemManufacturer: string;
  systemModel: string;
  systemType: string;
  serialNumber: string;
  platformOSType: string;
  chassisType: string;
  agentStatus: 'A' | 'D' | 'I';
  agentVersion: string;
  username: string;
  currentUsername?: string;
  domain: string;
  localIp: string;
  publicIp: string;
  localIpAddress: number;
  publicIpAddress: number;
  isStolen: boolean;
  deviceStatus?: { type: 'MISSING' | 'STOLEN'; reported: string; emailContacts?: string };
  policyGroupUid: string;
  policyGroupName: string;
  classification: string;
  avgMinutesInUse: number;
  timeZone: string;
  locale: string;
  totalPhysicalRamBytes: number;
  availablePhysicalRamBytes: number;
  firstCallDateTimeUtc: string;
  lastConnectedDateTimeUtc: string;
  lastUpdatedDateTimeUtc: string;
  unenrollmentDateTimeUtc?: string;
  latestEvent?: { eventStatus: string; eventDateTimeUtc: string };
  operatingSystem: OperatingSystemInfo;
  bios: BiosInfo;
  networkAdapters: NetworkAdapterInfo[];
  espInfo?: EncryptionInfo;
  avpInfo?: AntivirusInfo;
  deviceFreezeStatus?: DeviceFreezeStatus;
  deviceFreezeReportingStatuses?: string[];
  customFields?: DeviceCustomField[];
  geoData?: { location: GeoLocation };
  deviceGroupIds?: string[];
}

/** A release from the catalog, as installed on one device. */
export interface OperatingSystemInfo extends OsRelease {
  manufacturer: string;
  installDateTimeUtc: string;
  lastBootDateTimeUtc: string;
  productKey?: string;
  serialNumber?: string;
}

export interface BiosInfo {
  id: string;
  serialNumber: string;
  version: string;
  versionDate: string;
  smBiosVersion: string;
  manufacturer: string;
  assetTag?: string;
}

export interface NetworkAdapterInfo {
  name: string;
  adapterType: string;
  macAddress: string;
  ipV4Address?: string;
  ipV6Address?: string;
  ipSubnet?: string;
  defaultGateway?: string;
  dhcpEnabled: boolean;
  dhcpServer?: string;
  dnsHostName: string;
  manufacturer: string;
}

export interface EncryptionInfo {
  encryptionStatus: string;
  encryptionProductName?: string;
  encryptionStatusDescription?: string;
  allDrivesEncrypted?: string;
  lastEncryptionDataReceivedDateTimeUtc: string;
}

export interface AntivirusInfo {
  antivirusName: string;
  antivirusVersion: string;
  antivirusDataReceivedDateTimeUtc: string;
}

export interface DeviceFreezeStatus {
  statusCode: string;
  statusName: string;
  passCode?: string;
  displayPassCode?: string;
  changedDateTimeUtc: string;
}

export interface DeviceCustomField {
  cdfUid: string;
  cdfFieldName: string;
  cdfFieldValue: string;
}

/** v3 doc: x = latitude, y = longitude, and `coordinates` = [latitude, longitude]. */
export interface GeoLocation {
  point: { x: number; y: number; type: 'Point'; coordinates: [number, number] };
  geoAddress: { city: string; state: string; countryCode: string; country: string };
  locationTechnology: string;
  accuracy: number;
  lastUpdateDateTimeUtc: string;
}

/** Top-level fields `select` accepts: the DeviceReport properties of the official v3 schema. */
export const DEVICE_REPORT_FIELDS: ReadonlySet<string> = new Set([
  'accountUid',
  'activeDirectoryData',
  'agentStatus',
  'agentVersion',
  'aspInfo',
  'availablePhysicalRamBytes',
  'availableVirtualMemoryBytes',
  'avgMinutesInUse',
  'avpInfo',
  'battery',
  'bios',
  'bluetoothAdapters',
  'bootDevice',
  'bssId',
  'cameras',
  'cdRoms',
  'cellularModems',
  'chassisType',
  'classification',
  'cpu',
  'ctesVersion',
  'currentNetworkName',
  'currentUsername',
  'customFields',
  'defaultGateway',
  'deviceFreezeActionStatus',
  'deviceFreezeReportingStatuses',
  'deviceFreezeStatus',
  'deviceGroupIds',
  'deviceName',
  'deviceStatus',
  'deviceUid',
  'disks',
  'displays',
  'dlpStatus',
  'domain',
  'duStatus',
  'esn',
  'espInfo',
  'espStatus',
  'firstCallDateTimeUtc',
  'freezePolicyUid',
  'fullSystemName',
  'geoData',
  'geoStatus',
  'gssSyncData',
  'hdcStatus',
  'homeNetworkName',
  'imei',
  'imsi',
  'isCTESActive',
  'isStolen',
  'keyboards',
  'lastConnectedDateTimeUtc',
  'lastUpdatedDateTimeUtc',
  'latestEvent',
  'licenseAddon',
  'licenseBase',
  'localIp',
  'localIpAddress',
  'locale',
  'memories',
  'networkAdapters',
  'networkSSID',
  'operatingSystem',
  'orgUnits',
  'origin',
  'pageFile',
  'pageFileSpaceBytes',
  'persistentAgentVersion',
  'phoneNumber',
  'platformOSType',
  'pointingDevices',
  'policyGroupName',
  'policyGroupUid',
  'printers',
  'publicIp',
  'publicIpAddress',
  'rilSerialNumber',
  'rrCountSummary',
  'rsvpStatus',
  'sccmHealthTests',
  'sccmInfo',
  'sdcStatus',
  'serialNumber',
  'sounds',
  'src',
  'systemDirectory',
  'systemIntegrityProtectionStatus',
  'systemManufacturer',
  'systemModel',
  'systemType',
  'timeZone',
  'totalPhysicalRamBytes',
  'totalVirtualMemoryBytes',
  'unenrollmentDateTimeUtc',
  'usbs',
  'username',
  'volumes',
]);

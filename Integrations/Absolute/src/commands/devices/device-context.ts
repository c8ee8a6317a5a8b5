import type { ApiDevice } from '../../absolute/api/types';
import type { JsonObject } from '../../xsoar/entry';
import { compact } from '../shared';

/**
 * `Absolute.Device` as the official pack documents it (Id, SystemName, Serial, EncryptionStatus, ...)
 * plus the keys its 2.x code actually wrote (DeviceName, Os), so playbooks written against either work.
 */
export function deviceContext(d: ApiDevice): JsonObject {
  const os = d.operatingSystem;
  const bios = d.bios;
  return compact({
    Id: d.deviceUid,
    Esn: d.esn,
    SystemName: d.deviceName,
    DeviceName: d.deviceName,
    FullSystemName: d.fullSystemName,
    Domain: d.domain,
    AgentStatus: d.agentStatus,
    PlatformOSType: d.platformOSType,
    osName: os?.name,
    Os: {
      name: os?.name,
      version: os?.version,
      currentBuild: os?.currentBuild ?? os?.build,
      architecture: os?.architecture,
      installDate: os?.installDateTimeUtc,
      lastBootTime: os?.lastBootDateTimeUtc,
      productKey: os?.productKey,
      serialNumber: os?.serialNumber,
    },
    Bios: {
      id: bios?.id,
      serialNumber: bios?.serialNumber,
      smBiosVersion: bios?.smBiosVersion,
      version: bios?.version,
      versionDate: bios?.versionDate,
    },
    SystemManufacturer: d.systemManufacturer,
    SystemModel: d.systemModel,
    SystemType: d.systemType,
    Serial: d.serialNumber,
    LocalIp: d.localIp,
    PublicIp: d.publicIp,
    EncryptionStatus: d.espInfo?.encryptionStatus,
    Username: d.username,
    PolicyGroupUid: d.policyGroupUid,
    PolicyGroupName: d.policyGroupName,
    IsStolen: d.isStolen,
    DeviceStatus: { type: d.deviceStatus?.type, reported: d.deviceStatus?.reported },
    FreezeStatus: d.deviceFreezeStatus?.statusName,
    LastConnectedUtc: d.lastConnectedDateTimeUtc,
  });
}

/** Fields every device command selects, so the context above can be filled. */
export const DEVICE_LIST_SELECT = [
  'deviceUid',
  'esn',
  'lastConnectedDateTimeUtc',
  'deviceName',
  'systemModel',
  'fullSystemName',
  'agentStatus',
  'operatingSystem.name',
  'systemManufacturer',
  'serialNumber',
  'systemType',
  'localIp',
  'publicIp',
  'espInfo.encryptionStatus',
] as const;

export const DEVICE_GET_SELECT = [
  ...DEVICE_LIST_SELECT.filter((f) => f !== 'operatingSystem.name'),
  'domain',
  'platformOSType',
  'username',
  'policyGroupUid',
  'policyGroupName',
  'isStolen',
  'operatingSystem.name',
  'operatingSystem.version',
  'operatingSystem.currentBuild',
  'operatingSystem.architecture',
  'operatingSystem.installDateTimeUtc',
  'operatingSystem.lastBootDateTimeUtc',
  'bios.id',
  'bios.serialNumber',
  'bios.version',
  'bios.versionDate',
  'bios.smBiosVersion',
  'deviceStatus.type',
  'deviceStatus.reported',
  'deviceFreezeStatus.statusName',
] as const;

/** The official table columns, plus the host name analysts look for first. */
export const DEVICE_TABLE_HEADERS = [
  'Id',
  'SystemName',
  'Serial',
  'AgentStatus',
  'osName',
  'LocalIp',
  'Esn',
  'FullSystemName',
  'LastConnectedUtc',
];

/** The device-get table: who, where, what state; the full record is in the context. */
export const DEVICE_GET_HEADERS = [
  'Id',
  'SystemName',
  'Serial',
  'Esn',
  'AgentStatus',
  'osName',
  'LocalIp',
  'PublicIp',
  'Username',
  'Domain',
  'EncryptionStatus',
  'FreezeStatus',
  'IsStolen',
  'LastConnectedUtc',
];

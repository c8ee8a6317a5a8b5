import { ANTIVIRUS, AGENT_VERSIONS, CITIES, ETHERNET_ADAPTERS, OS_RELEASES, POLICY_GROUPS, WIFI_ADAPTERS } from './catalogs';
import { deviceGroupIdsFor } from './device-groups';
import { CUSTOM_FIELD_DEFINITIONS, initialCustomFieldValues } from './custom-field-definitions';
import type { DeviceIdentity } from './device-identity';
import type { DeviceReport, EncryptionInfo, GeoLocation, NetworkAdapterInfo } from './device-report';
import { randomChars, randomDigits, uuidFrom } from '../util/ids';
import { intBetween, pick, rngFor, weighted, type Random } from '../util/prng';
import { DAY_MS, HOUR_MS, isoMs, MINUTE_MS } from '../util/time';

export const ACCOUNT_UID = '8a9b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

/** Documentation address blocks (RFC 5737): data only, never contacted. */
const PUBLIC_TEST_NETS: readonly (readonly number[])[] = [
  [192, 0, 2],
  [198, 51, 100],
  [203, 0, 113],
];

/**
 * Builds the full report of device `identity.index` as it was at `epochMs` (the fleet epoch): a pure
 * function of (seed, index, epoch). Live changes (freeze, unenroll, custom fields) are layered on
 * top by the state's device view.
 */
export function generateDevice(seed: number, identity: DeviceIdentity, epochMs: number): DeviceReport {
  const random = rngFor(seed, identity.index, 'device');
  const isDemo = identity.index === 0;
  const { platform, hardware } = identity;
  const os = isDemo ? OS_RELEASES.Windows[0] : pick(random, OS_RELEASES[platform]);
  if (!os) throw new Error('empty OS catalog');

  const agentStatus = isDemo
    ? 'A'
    : weighted(random, [
        ['A', 90],
        ['D', 6],
        ['I', 4],
      ] as const);
  const firstCall = epochMs - intBetween(random, 30, 1000) * DAY_MS - intBetween(random, 0, DAY_MS);
  const lastConnected =
    agentStatus === 'A'
      ? epochMs - (random() < 0.85 ? intBetween(random, 1, 48 * 60) : intBetween(random, 2 * 24 * 60, 20 * 24 * 60)) * MINUTE_MS
      : epochMs - intBetween(random, 30, 200) * DAY_MS;
  const lastUpdated = lastConnected - intBetween(random, 0, 2 * HOUR_MS);
  const stolenRoll = random();
  const isStolen = !isDemo && stolenRoll < 0.01;
  const isMissing = !isDemo && !isStolen && stolenRoll < 0.02;
  const localOctets =
    random() < 0.7
      ? [10, intBetween(random, 0, 40), intBetween(random, 0, 255), intBetween(random, 2, 254)]
      : [172, 16, intBetween(random, 0, 255), intBetween(random, 2, 254)];
  const publicOctets = [...pick(random, PUBLIC_TEST_NETS), intBetween(random, 1, 254)];
  const localIp = localOctets.join('.');
  const publicIp = publicOctets.join('.');
  const policyGroup = isDemo ? POLICY_GROUPS[1] : pick(random, POLICY_GROUPS);
  const ramGb = pick(random, [8, 16, 16, 32]);
  const username =
    platform === 'Windows'
      ? `${identity.domain.netbios}\\${identity.accountName}`
      : platform === 'Mac'
        ? identity.accountName
        : `${identity.accountName}@acme.example`;

  const device: DeviceReport = {
    deviceUid: identity.deviceUid,
    esn: identity.esn,
    accountUid: ACCOUNT_UID,
    deviceName: identity.deviceName,
    fullSystemName: platform === 'Windows' ? `${identity.deviceName}.${identity.domain.dns}` : identity.deviceName,
    systemManufacturer: hardware.manufacturer,
    systemModel: hardware.model,
    systemType: hardware.systemType,
    serialNumber: identity.serialNumber,
    platformOSType: platform,
    chassisType: hardware.chassis,
    agentStatus,
    agentVersion: isDemo ? AGENT_VERSIONS[0] : pick(random, AGENT_VERSIONS),
    username,
    domain: platform === 'Windows' ? identity.domain.netbios : 'WORKGROUP',
    localIp,
    publicIp,
    localIpAddress: ipToInt(localOctets),
    publicIpAddress: ipToInt(publicOctets),
    isStolen,
    policyGroupUid: policyGroup.uid,
    policyGroupName: policyGroup.name,
    classification: pick(random, ['heavilyUsed', 'moderatelyUsed', 'slightlyUsed', 'notUsed']),
    avgMinutesInUse: intBetween(random, 0, 600),
    timeZone: pick(random, ['America/Vancouver', 'America/Toronto', 'America/Chicago', 'Europe/London', 'Europe/Paris']),
    locale: pick(random, ['en-CA', 'en-US', 'fr-CA', 'en-GB', 'fr-FR', 'de-DE']),
    totalPhysicalRamBytes: ramGb * 1024 ** 3,
    availablePhysicalRamBytes: Math.floor(ramGb * 1024 ** 3 * (0.2 + random() * 0.5)),
    firstCallDateTimeUtc: isoMs(firstCall),
    lastConnectedDateTimeUtc: isoMs(lastConnected),
    lastUpdatedDateTimeUtc: isoMs(lastUpdated),
    operatingSystem: {
      name: os.name,
      version: os.version,
      build: os.build,
      currentBuild: os.currentBuild,
      architecture: os.architecture,
      ...(os.edition ? { edition: os.edition } : {}),
      manufacturer: platform === 'Windows' ? 'Microsoft Corporation' : platform === 'Mac' ? 'Apple Inc.' : 'Google LLC',
      installDateTimeUtc: isoMs(firstCall - intBetween(random, 0, 200) * DAY_MS),
      lastBootDateTimeUtc: isoMs(lastConnected - intBetween(random, 0, 7 * 24 * 60) * MINUTE_MS),
      ...(platform === 'Windows'
        ? {
            productKey: `XXXXX-XXXXX-XXXXX-XXXXX-${randomChars(random, 5)}`,
            serialNumber: `00330-${randomDigits(random, 5)}-${randomDigits(random, 5)}-AAOEM`,
          }
        : {}),
    },
    bios: {
      id: uuidFrom(rngFor(seed, identity.index, 'bios')).toUpperCase(),
      serialNumber: identity.serialNumber,
      version: pick(random, hardware.biosVersions),
      versionDate: isoMs(firstCall - intBetween(random, 30, 400) * DAY_MS).slice(0, 10),
      smBiosVersion: pick(random, ['3.2', '3.3', '3.4']),
      manufacturer: hardware.manufacturer,
    },
    networkAdapters: networkAdapters(random, identity, localIp),
    customFields: customFields(identity, random, epochMs),
  };

  const encryption = encryptionFor(random, platform, isDemo, lastConnected);
  if (encryption) device.espInfo = encryption;
  if (platform !== 'Chrome') {
    const av = isDemo ? ANTIVIRUS[0] : pick(random, ANTIVIRUS);
    device.avpInfo = { antivirusName: av.name, antivirusVersion: av.version, antivirusDataReceivedDateTimeUtc: isoMs(lastConnected) };
  }
  if (isStolen || isMissing) {
    device.deviceStatus = {
      type: isStolen ? 'STOLEN' : 'MISSING',
      reported: isoMs(epochMs - intBetween(random, 1, 60) * DAY_MS),
      emailContacts: 'security@acme.example',
    };
  }
  if (isDemo || random() < 0.9) device.geoData = { location: locationFor(random, isDemo, lastConnected) };
  if (agentStatus === 'A' && !isStolen && !isDemo && random() < 0.015) {
    device.deviceFreezeStatus = {
      statusCode: 'FRZN',
      statusName: 'Frozen',
      passCode: randomDigits(random, 8),
      displayPassCode: 'true',
      changedDateTimeUtc: isoMs(lastConnected - DAY_MS),
    };
    device.deviceFreezeReportingStatuses = ['Frozen'];
  }
  if (agentStatus === 'D') device.unenrollmentDateTimeUtc = isoMs(lastConnected + HOUR_MS);
  if (platform === 'Windows' && random() < 0.3) device.currentUsername = username;
  device.deviceGroupIds = deviceGroupIdsFor(device, identity);
  return device;
}

function encryptionFor(random: Random, platform: string, isDemo: boolean, lastConnected: number): EncryptionInfo | undefined {
  if (platform === 'Chrome') return undefined;
  const product = platform === 'Windows' ? 'BitLocker' : 'FileVault';
  const status = isDemo
    ? 'ENCR'
    : weighted(random, [
        ['ENCR', 85],
        ['INPR', 5],
        ['SUSP', 4],
        ['UNKN', 6],
      ] as const);
  const received = isoMs(lastConnected);
  if (status === 'UNKN') return { encryptionStatus: 'UNKN', lastEncryptionDataReceivedDateTimeUtc: received };
  return {
    encryptionStatus: status,
    encryptionProductName: product,
    encryptionStatusDescription: { ENCR: 'Encrypted', INPR: 'Encryption in progress', SUSP: 'Encryption suspended' }[status],
    allDrivesEncrypted: status === 'ENCR' ? '1' : '0',
    lastEncryptionDataReceivedDateTimeUtc: received,
  };
}

function locationFor(random: Random, isDemo: boolean, lastConnected: number): GeoLocation {
  const city = isDemo ? CITIES[0] : pick(random, CITIES);
  if (!city) throw new Error('empty city catalog');
  const latitude = round6(city.latitude + (random() - 0.5) * 0.1);
  const longitude = round6(city.longitude + (random() - 0.5) * 0.1);
  return {
    point: { x: latitude, y: longitude, type: 'Point', coordinates: [latitude, longitude] },
    geoAddress: { city: city.city, state: city.state, countryCode: city.countryCode, country: city.country },
    locationTechnology: pick(random, ['WIFI', 'WIFI', 'GPS', 'IP']),
    accuracy: intBetween(random, 10, 2000),
    lastUpdateDateTimeUtc: isoMs(lastConnected - intBetween(random, 0, 6 * 60) * MINUTE_MS),
  };
}

function networkAdapters(random: Random, identity: DeviceIdentity, localIp: string): NetworkAdapterInfo[] {
  const gateway = localIp.replace(/\.\d+$/, '.1');
  const wifi: NetworkAdapterInfo = {
    name: identity.platform === 'Windows' ? pick(random, WIFI_ADAPTERS) : 'Wi-Fi',
    adapterType: 'Ethernet 802.3',
    macAddress: macAddress(random),
    ipV4Address: localIp,
    ipV6Address: `fe80::${randomChars(random, 4, '0123456789abcdef')}:${randomChars(random, 4, '0123456789abcdef')}`,
    ipSubnet: '255.255.255.0',
    defaultGateway: gateway,
    dhcpEnabled: true,
    dhcpServer: gateway,
    dnsHostName: identity.deviceName,
    manufacturer: identity.platform === 'Windows' ? 'Intel Corporation' : identity.hardware.manufacturer,
  };
  if (identity.platform !== 'Windows' || random() < 0.5) return [wifi];
  return [
    wifi,
    {
      name: pick(random, ETHERNET_ADAPTERS),
      adapterType: 'Ethernet 802.3',
      macAddress: macAddress(random),
      dhcpEnabled: true,
      dnsHostName: identity.deviceName,
      manufacturer: 'Intel Corporation',
    },
  ];
}

function customFields(identity: DeviceIdentity, random: Random, epochMs: number): DeviceReport['customFields'] {
  const values = initialCustomFieldValues(identity, random, epochMs);
  return CUSTOM_FIELD_DEFINITIONS.filter((d) => values.has(d.cdfUid)).map((d) => ({
    cdfUid: d.cdfUid,
    cdfFieldName: d.cdfFieldName,
    cdfFieldValue: values.get(d.cdfUid) ?? '',
  }));
}

function macAddress(random: Random): string {
  let out = '';
  for (let i = 0; i < 6; i++) out += (i ? ':' : '') + HEX_BYTES[Math.floor(random() * 256)];
  return out;
}

const HEX_BYTES = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, '0'));

/** The int64 form the API reports next to dotted addresses (`localIpAddress`). */
function ipToInt(octets: readonly number[]): number {
  return octets.reduce((acc, octet) => acc * 256 + octet, 0);
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Reference data the fleet generator draws from. Values are plausible, not real inventories. */

export type Platform = 'Windows' | 'Mac' | 'Chrome';

export interface HardwareModel {
  manufacturer: string;
  model: string;
  systemType: string;
  chassis: 'Laptop' | 'Desktop' | 'Notebook';
  /** Shape of the manufacturer's serial numbers: fixed prefix + unique base-36/decimal tail. */
  serial: { prefix: string; length: number; digitsOnly?: boolean };
  biosVersions: readonly string[];
}

const DELL_SERIAL = { prefix: '', length: 7 };
const HP_SERIAL = { prefix: '5CG', length: 7 };
const LENOVO_SERIAL = { prefix: 'PF', length: 6 };
const APPLE_SERIAL = { prefix: 'C02', length: 9 };
const SURFACE_SERIAL = { prefix: '0', length: 11, digitsOnly: true };
const ACER_SERIAL = { prefix: 'NXH', length: 7 };

export const MODELS: Record<Platform, readonly HardwareModel[]> = {
  Windows: [
    {
      manufacturer: 'Dell Inc.',
      model: 'Latitude 5440',
      systemType: 'x64-based PC',
      chassis: 'Laptop',
      serial: DELL_SERIAL,
      biosVersions: ['1.14.1', '1.17.0'],
    },
    {
      manufacturer: 'Dell Inc.',
      model: 'Latitude 7420',
      systemType: 'x64-based PC',
      chassis: 'Laptop',
      serial: DELL_SERIAL,
      biosVersions: ['1.31.0', '1.33.2'],
    },
    {
      manufacturer: 'Dell Inc.',
      model: 'OptiPlex 7090',
      systemType: 'x64-based PC',
      chassis: 'Desktop',
      serial: DELL_SERIAL,
      biosVersions: ['1.22.0'],
    },
    {
      manufacturer: 'Dell Inc.',
      model: 'Precision 5570',
      systemType: 'x64-based PC',
      chassis: 'Laptop',
      serial: DELL_SERIAL,
      biosVersions: ['1.20.0'],
    },
    {
      manufacturer: 'HP',
      model: 'HP EliteBook 840 G8 Notebook PC',
      systemType: 'x64-based PC',
      chassis: 'Laptop',
      serial: HP_SERIAL,
      biosVersions: ['T37 Ver. 01.15.00'],
    },
    {
      manufacturer: 'HP',
      model: 'HP ProBook 450 G9 Notebook PC',
      systemType: 'x64-based PC',
      chassis: 'Laptop',
      serial: HP_SERIAL,
      biosVersions: ['U82 Ver. 01.08.01'],
    },
    {
      manufacturer: 'HP',
      model: 'HP EliteDesk 800 G6 Desktop Mini PC',
      systemType: 'x64-based PC',
      chassis: 'Desktop',
      serial: HP_SERIAL,
      biosVersions: ['S21 Ver. 02.14.00'],
    },
    {
      manufacturer: 'LENOVO',
      model: 'ThinkPad T14 Gen 3',
      systemType: 'x64-based PC',
      chassis: 'Laptop',
      serial: LENOVO_SERIAL,
      biosVersions: ['N3MET18W (1.17 )'],
    },
    {
      manufacturer: 'LENOVO',
      model: 'ThinkPad X1 Carbon Gen 10',
      systemType: 'x64-based PC',
      chassis: 'Laptop',
      serial: LENOVO_SERIAL,
      biosVersions: ['N3AET75W (1.40 )'],
    },
    {
      manufacturer: 'LENOVO',
      model: 'ThinkCentre M70q Gen 2',
      systemType: 'x64-based PC',
      chassis: 'Desktop',
      serial: LENOVO_SERIAL,
      biosVersions: ['M3JKT3BA'],
    },
    {
      manufacturer: 'Microsoft Corporation',
      model: 'Surface Laptop 5',
      systemType: 'x64-based PC',
      chassis: 'Laptop',
      serial: SURFACE_SERIAL,
      biosVersions: ['14.104.143'],
    },
  ],
  Mac: [
    {
      manufacturer: 'Apple Inc.',
      model: 'MacBookPro18,3',
      systemType: 'arm64',
      chassis: 'Laptop',
      serial: APPLE_SERIAL,
      biosVersions: ['10151.101.3'],
    },
    {
      manufacturer: 'Apple Inc.',
      model: 'Mac14,9',
      systemType: 'arm64',
      chassis: 'Laptop',
      serial: APPLE_SERIAL,
      biosVersions: ['10151.121.1'],
    },
    {
      manufacturer: 'Apple Inc.',
      model: 'MacBookAir10,1',
      systemType: 'arm64',
      chassis: 'Laptop',
      serial: APPLE_SERIAL,
      biosVersions: ['10151.81.1'],
    },
    {
      manufacturer: 'Apple Inc.',
      model: 'MacBookPro16,1',
      systemType: 'x86_64',
      chassis: 'Laptop',
      serial: APPLE_SERIAL,
      biosVersions: ['2020.41.1.0.0'],
    },
  ],
  Chrome: [
    {
      manufacturer: 'HP',
      model: 'HP Chromebook 14 G7',
      systemType: 'x86_64',
      chassis: 'Notebook',
      serial: { prefix: '5CD', length: 7 },
      biosVersions: ['Google_Drawcia.13606.459.0'],
    },
    {
      manufacturer: 'Acer',
      model: 'Acer Chromebook Spin 713',
      systemType: 'x86_64',
      chassis: 'Notebook',
      serial: ACER_SERIAL,
      biosVersions: ['Google_Volteer.13672.291.0'],
    },
    {
      manufacturer: 'LENOVO',
      model: 'Lenovo 300e Chromebook Gen 3',
      systemType: 'x86_64',
      chassis: 'Notebook',
      serial: { prefix: 'PW', length: 6 },
      biosVersions: ['Google_Grunt.11031.149.0'],
    },
  ],
};

export interface OsRelease {
  name: string;
  version: string;
  build: string;
  currentBuild: string;
  architecture: string;
  edition?: string;
}

export const OS_RELEASES: Record<Platform, readonly OsRelease[]> = {
  Windows: [
    {
      name: 'Microsoft Windows 11 Enterprise',
      version: '10.0.22631',
      build: '22631',
      currentBuild: '22631.3447',
      architecture: '64-bit',
      edition: 'Enterprise',
    },
    {
      name: 'Microsoft Windows 11 Pro',
      version: '10.0.22621',
      build: '22621',
      currentBuild: '22621.3296',
      architecture: '64-bit',
      edition: 'Professional',
    },
    {
      name: 'Microsoft Windows 10 Enterprise',
      version: '10.0.19045',
      build: '19045',
      currentBuild: '19045.4291',
      architecture: '64-bit',
      edition: 'Enterprise',
    },
    {
      name: 'Microsoft Windows 10 Pro',
      version: '10.0.19044',
      build: '19044',
      currentBuild: '19044.3086',
      architecture: '64-bit',
      edition: 'Professional',
    },
  ],
  Mac: [
    { name: 'macOS Sonoma', version: '14.4.1', build: '23E224', currentBuild: '23E224', architecture: '64-bit' },
    { name: 'macOS Ventura', version: '13.6.6', build: '22G630', currentBuild: '22G630', architecture: '64-bit' },
    { name: 'macOS Monterey', version: '12.7.4', build: '21H1123', currentBuild: '21H1123', architecture: '64-bit' },
  ],
  Chrome: [
    { name: 'Chrome OS', version: '123.0.6312.94', build: '15786.48.0', currentBuild: '15786.48.0', architecture: '64-bit' },
    { name: 'Chrome OS', version: '122.0.6261.132', build: '15753.50.0', currentBuild: '15753.50.0', architecture: '64-bit' },
  ],
};

export const DEPARTMENTS = ['ACCOUNTING', 'SALES', 'ENG', 'HR', 'LEGAL', 'MKTG', 'OPS', 'IT', 'FINANCE', 'SUPPORT'] as const;

export const FIRST_NAMES = [
  'Taylor',
  'Jordan',
  'Alex',
  'Morgan',
  'Casey',
  'Riley',
  'Jamie',
  'Avery',
  'Quinn',
  'Parker',
  'Sam',
  'Robin',
  'Drew',
  'Emery',
  'Harper',
  'Rowan',
  'Elliot',
  'Skyler',
  'Reese',
  'Hayden',
] as const;

export const LAST_NAMES = [
  'Smith',
  'Nguyen',
  'Garcia',
  'Martin',
  'Brown',
  'Tremblay',
  'Roy',
  'Wilson',
  'Lee',
  'Singh',
  'Patel',
  'Kowalski',
  'Dubois',
  'Schmidt',
  'Rossi',
  'Silva',
  'Kim',
  'Murphy',
  'Cohen',
  'Ito',
] as const;

export const DOMAINS = [
  { netbios: 'ACMECORP', dns: 'corp.acme.example' },
  { netbios: 'ACMEEU', dns: 'eu.acme.example' },
] as const;

export interface City {
  city: string;
  state: string;
  countryCode: string;
  country: string;
  latitude: number;
  longitude: number;
}

export const CITIES: readonly City[] = [
  { city: 'Vancouver', state: 'British Columbia', countryCode: 'CA', country: 'Canada', latitude: 49.2827, longitude: -123.1207 },
  { city: 'Toronto', state: 'Ontario', countryCode: 'CA', country: 'Canada', latitude: 43.6532, longitude: -79.3832 },
  { city: 'Montreal', state: 'Quebec', countryCode: 'CA', country: 'Canada', latitude: 45.5019, longitude: -73.5674 },
  { city: 'Austin', state: 'Texas', countryCode: 'US', country: 'United States', latitude: 30.2672, longitude: -97.7431 },
  { city: 'New York', state: 'New York', countryCode: 'US', country: 'United States', latitude: 40.7128, longitude: -74.006 },
  { city: 'Seattle', state: 'Washington', countryCode: 'US', country: 'United States', latitude: 47.6062, longitude: -122.3321 },
  { city: 'Chicago', state: 'Illinois', countryCode: 'US', country: 'United States', latitude: 41.8781, longitude: -87.6298 },
  { city: 'London', state: 'England', countryCode: 'GB', country: 'United Kingdom', latitude: 51.5072, longitude: -0.1276 },
  { city: 'Paris', state: 'Ile-de-France', countryCode: 'FR', country: 'France', latitude: 48.8566, longitude: 2.3522 },
  { city: 'Lyon', state: 'Auvergne-Rhone-Alpes', countryCode: 'FR', country: 'France', latitude: 45.764, longitude: 4.8357 },
  { city: 'Berlin', state: 'Berlin', countryCode: 'DE', country: 'Germany', latitude: 52.52, longitude: 13.405 },
  { city: 'Frankfurt', state: 'Hesse', countryCode: 'DE', country: 'Germany', latitude: 50.1109, longitude: 8.6821 },
  { city: 'Mumbai', state: 'Maharashtra', countryCode: 'IN', country: 'India', latitude: 19.076, longitude: 72.8777 },
  { city: 'Sydney', state: 'New South Wales', countryCode: 'AU', country: 'Australia', latitude: -33.8688, longitude: 151.2093 },
  { city: 'Tokyo', state: 'Tokyo', countryCode: 'JP', country: 'Japan', latitude: 35.6762, longitude: 139.6503 },
];

export const ANTIVIRUS = [
  { name: 'Microsoft Defender Antivirus', version: '4.18.24030.9' },
  { name: 'CrowdStrike Falcon Sensor', version: '7.10.18110.0' },
  { name: 'SentinelOne Agent', version: '23.4.2.14' },
  { name: 'Sophos Endpoint Agent', version: '2023.2.1.10' },
] as const;

export const POLICY_GROUPS = [
  { uid: '6c1b5f9e-3c1d-4e6a-9f0b-2d7e8a4c1b01', name: 'Global Policy Group' },
  { uid: 'a8e2d4c6-7b9f-4a1e-8c3d-5f6e7a8b9c02', name: 'Corporate Laptops' },
  { uid: 'b3f4e5d6-1a2b-4c3d-9e4f-6a7b8c9d0e03', name: 'Executives' },
  { uid: 'c9d8e7f6-5a4b-4c3d-8e2f-1a0b9c8d7e04', name: 'Kiosks and Shared Devices' },
] as const;

export const AGENT_VERSIONS = ['7.22.0.5', '7.21.1.3', '7.20.0.12', '7.18.2.1'] as const;

export const WIFI_ADAPTERS = [
  'Intel(R) Wi-Fi 6 AX201 160MHz',
  'Intel(R) Wi-Fi 6E AX211 160MHz',
  'Qualcomm QCA61x4A 802.11ac Wireless Adapter',
] as const;
export const ETHERNET_ADAPTERS = ['Intel(R) Ethernet Connection (13) I219-LM', 'Realtek USB GbE Family Controller'] as const;

import type { ApiDevice } from '../../absolute/api/types';
import type { JsonObject } from '../../xsoar/entry';
import { compact } from '../shared';

/** The device fields location-get selects: identity, for matching, and the whole location. */
export const LOCATION_SELECT = [
  'deviceUid',
  'deviceName',
  'serialNumber',
  'geoData.location.point.coordinates',
  'geoData.location.point.x',
  'geoData.location.point.y',
  'geoData.location.geoAddress.city',
  'geoData.location.geoAddress.state',
  'geoData.location.geoAddress.countryCode',
  'geoData.location.geoAddress.country',
  'geoData.location.locationTechnology',
  'geoData.location.accuracy',
  'geoData.location.lastUpdateDateTimeUtc',
] as const;

export const LOCATION_TABLE_HEADERS = [
  'ID',
  'DeviceName',
  'Latitude',
  'Longitude',
  'City',
  'State',
  'Country',
  'CountryCode',
  'LocationTechnology',
  'Accuracy',
  'LastUpdate',
];

/**
 * `Absolute.LocationReport` for one device, or undefined when the device carries no location.
 * Latitude is `point.x` and Longitude `point.y`, as the v3 API documents them; `Coordinates`
 * is passed through untouched because its order is not documented consistently.
 */
export function locationContext(device: ApiDevice): JsonObject | undefined {
  const location = device.geoData?.location;
  if (!location || Object.keys(location).length === 0) return undefined;
  const point = location.point ?? {};
  const address = location.geoAddress ?? {};
  return compact({
    ID: device.deviceUid,
    DeviceName: device.deviceName,
    Coordinates: point.coordinates,
    Latitude: point.x,
    Longitude: point.y,
    City: address.city,
    State: address.state,
    CountryCode: address.countryCode,
    Country: address.country,
    LocationTechnology: location.locationTechnology,
    Accuracy: location.accuracy,
    LastUpdate: isoTime(location.lastUpdateDateTimeUtc),
  });
}

/**
 * A time as ISO 8601. v3 already sends ISO text, which is kept as is; epoch numbers (v2 sent
 * milliseconds) are converted, and values below 1e11 are taken as seconds.
 */
export function isoTime(value: unknown): string | undefined {
  if (typeof value === 'string' && !/^\d+(\.\d+)?$/.test(value.trim())) return value === '' ? undefined : value;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isFinite(n)) return undefined;
  const ms = Math.abs(n) < 1e11 ? n * 1000 : n;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

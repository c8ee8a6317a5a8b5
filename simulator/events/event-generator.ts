import { CITIES } from '../fleet/catalogs';
import type { DeviceIdentity } from '../fleet/device-identity';
import { uuidFrom } from '../util/ids';
import { hash32, intBetween, mulberry32, pick, stringHash, type Random } from '../util/prng';
import { isoMs, MINUTE_MS } from '../util/time';
import { formatProperties, type SiemEvent } from './siem-event';

export interface TimedEvent {
  createdMs: number;
  event: SiemEvent;
}

export interface StreamConfig {
  seed: number;
  eventsPerMinute: number;
  fleetSize: number;
  identity: (index: number) => DeviceIdentity;
}

const CONSOLE_USERS = ['it.admin@acme.example', 'security.analyst@acme.example', 'helpdesk@acme.example'];

/**
 * The background event stream for one wall-clock minute (minutes since the Unix epoch). A pure
 * function of (seed, minute), so any window can be regenerated on demand and the stream looks the
 * same whatever the query. Roughly one event in three shares its millisecond with a neighbour, and
 * about one in ten was recorded (`createdDateTimeUtc`) well after it happened (`eventDateTimeUtc`).
 */
export function eventsForMinute(config: StreamConfig, minute: number): TimedEvent[] {
  const random = mulberry32(hash32(config.seed, minute, stringHash('siem')));
  const whole = Math.floor(config.eventsPerMinute);
  const count = whole + (random() < config.eventsPerMinute - whole ? 1 : 0);
  const offsets = Array.from({ length: count }, () => Math.floor(random() * MINUTE_MS)).sort((a, b) => a - b);
  const events: TimedEvent[] = [];
  for (let k = 0; k < count; k++) {
    const shareWithPrevious = k % 3 !== 0 && random() < 0.5;
    const previous = events[events.length - 1];
    const createdMs = shareWithPrevious && previous ? previous.createdMs : minute * MINUTE_MS + (offsets[k] ?? 0);
    const lagMs = random() < 0.1 ? intBetween(random, 1, 180) * MINUTE_MS : 0;
    events.push({ createdMs, event: buildEvent(random, config, createdMs, createdMs - lagMs) });
  }
  return events;
}

function buildEvent(random: Random, config: StreamConfig, createdMs: number, eventMs: number): SiemEvent {
  const device = config.identity(Math.floor(random() * config.fleetSize));
  const id = uuidFrom(random);
  const times = { createdDateTimeUtc: isoMs(createdMs), eventDateTimeUtc: isoMs(eventMs) };
  const kind = Math.floor(random() * 4);
  if (kind === 0) {
    const user = pick(random, CONSOLE_USERS);
    return {
      id,
      eventType: 'UserLogin',
      verb: 'LoggedIn',
      actorObjectType: 'User',
      actorDisplayName: user,
      actorDisplayId: user,
      objectObjectType: 'User',
      objectDisplayName: user,
      objectDisplayId: user,
      objectProperties: formatProperties([
        { name: 'IpAddress', newValue: `203.0.113.${intBetween(random, 1, 254)}` },
        { name: 'BrowserAgent', newValue: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0' },
      ]),
      ...times,
    };
  }
  const deviceActor = { actorObjectType: 'Device', actorDisplayName: device.deviceName, actorDisplayId: device.deviceUid };
  const deviceObject = { objectObjectType: 'Device', objectDisplayId: device.deviceUid };
  if (kind === 1) {
    const octet = () => intBetween(random, 2, 254);
    return {
      id,
      eventType: 'DeviceSystemInformationUpdated',
      verb: 'Updated',
      ...deviceActor,
      ...deviceObject,
      objectDisplayName: 'Device System Information',
      objectProperties: formatProperties([
        {
          name: 'DeviceSystemInformationUpdated.LocalIpAddr',
          oldValue: `10.0.${octet()}.${octet()}`,
          newValue: `10.0.${octet()}.${octet()}`,
        },
      ]),
      ...times,
    };
  }
  if (kind === 2) {
    return {
      id,
      eventType: 'DeviceUserInformationUpdated',
      verb: 'Updated',
      ...deviceActor,
      ...deviceObject,
      objectDisplayName: 'Device User Information',
      objectProperties: formatProperties([{ name: 'Username', oldValue: 'defaultuser0', newValue: device.accountName }]),
      ...times,
    };
  }
  const from = pick(random, CITIES);
  const to = pick(random, CITIES);
  return {
    id,
    eventType: 'DeviceLocationUpdated',
    verb: 'Updated',
    actorObjectType: 'System',
    actorDisplayName: 'System',
    actorDisplayId: 'System',
    ...deviceObject,
    objectDisplayName: 'Device Location',
    objectProperties: formatProperties([
      { name: 'City', oldValue: from.city, newValue: to.city },
      { name: 'CountryName', oldValue: from.country, newValue: to.country },
      { name: 'Latitude', oldValue: String(from.latitude), newValue: String(to.latitude) },
      { name: 'Longitude', oldValue: String(from.longitude), newValue: String(to.longitude) },
    ]),
    secondaryObjectType: 'Device',
    secondaryObjectDisplayName: device.deviceName,
    secondaryObjectDisplayId: device.deviceUid,
    ...times,
  };
}

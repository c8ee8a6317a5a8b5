import { allDevices } from '../absolute/api/devices';
import type { ApiDevice } from '../absolute/api/types';
import type { AbsoluteClient } from '../absolute/client';
import { anyOf, chunk } from '../absolute/filter';
import { arg, ArgumentError } from '../xsoar/args';
import { UUID_HINT, UUID_PATTERN } from './shared';

/** Names or serials per lookup request: keeps each filter expression short. */
const LOOKUP_CHUNK = 100;
const RESOLVE_SELECT = ['deviceUid', 'deviceName', 'serialNumber', 'lastConnectedDateTimeUtc'] as const;

/**
 * The three ways an action command can name its devices. `device_ids` stays first (it is the
 * official argument); names and serial numbers are resolved to UIDs before anything is acted on.
 */
export const DEVICE_TARGET_ARGS = {
  device_ids: arg.list({ itemPattern: UUID_PATTERN, itemHint: UUID_HINT, maxItems: 100_000 }),
  device_names: arg.list({ maxItems: 10_000 }),
  serial_numbers: arg.list({ maxItems: 10_000 }),
};

export interface DeviceTargets {
  device_ids: readonly string[];
  device_names: readonly string[];
  serial_numbers: readonly string[];
}

/** How one name or serial number was turned into a device UID. */
export interface Resolution {
  argument: 'device_names' | 'serial_numbers';
  value: string;
  deviceUid: string;
}

export interface ResolvedDevices {
  /** Every target UID once, in lower case, given UIDs first. */
  deviceUids: string[];
  resolutions: Resolution[];
}

/** Raised when a name or serial number matches no device or several; nothing has been acted on. */
export class DeviceResolutionError extends ArgumentError {}

const LOOKUPS = [
  { argument: 'device_names', field: 'deviceName', noun: 'name', read: (d: ApiDevice) => d.deviceName },
  { argument: 'serial_numbers', field: 'serialNumber', noun: 'serial number', read: (d: ApiDevice) => d.serialNumber },
] as const;

/** Checked first thing in `run`: an action needs at least one device. */
export function requireDeviceTarget(targets: DeviceTargets): void {
  if (targets.device_ids.length + targets.device_names.length + targets.serial_numbers.length === 0) {
    throw new ArgumentError('device_ids', 'give at least one of device_ids, device_names or serial_numbers');
  }
}

/**
 * Looks names and serial numbers up (exact match, case-insensitive) and returns the UIDs to act on.
 * Any value that matches no device, or more than one, fails the whole call with the candidates, so
 * an action never lands on a device the analyst did not mean.
 */
export async function resolveDevices(client: AbsoluteClient, targets: DeviceTargets): Promise<ResolvedDevices> {
  const uids = new Set<string>();
  const deviceUids: string[] = [];
  // UUIDs are case-insensitive; the API writes them in lower case, so outcomes match by string.
  const add = (uid: string) => {
    const normal = uid.toLowerCase();
    if (uids.has(normal)) return;
    uids.add(normal);
    deviceUids.push(normal);
  };
  targets.device_ids.forEach(add);
  const resolutions: Resolution[] = [];
  const problems: string[] = [];
  let firstBadArgument: string | undefined;
  for (const lookup of LOOKUPS) {
    const values = targets[lookup.argument];
    if (values.length === 0) continue;
    const byValue = groupBy(await findDevices(client, lookup.field, values), lookup.read);
    for (const value of values) {
      const matches = byValue.get(value.toLowerCase()) ?? [];
      const uid = matches.length === 1 ? matches[0]?.deviceUid : undefined;
      if (uid) {
        resolutions.push({ argument: lookup.argument, value, deviceUid: uid });
        add(uid);
        continue;
      }
      problems.push(
        matches.length === 0
          ? `${lookup.argument} ${JSON.stringify(value)}: no device has this ${lookup.noun}.`
          : `${lookup.argument} ${JSON.stringify(value)} matches ${matches.length} devices; use device_ids to pick one:\n${matches.map(describeCandidate).join('\n')}`,
      );
      firstBadArgument ??= lookup.argument;
    }
  }
  if (firstBadArgument) {
    throw new DeviceResolutionError(firstBadArgument, `could not resolve every device; nothing was sent.\n${problems.join('\n')}`);
  }
  return { deviceUids, resolutions };
}

async function findDevices(client: AbsoluteClient, field: string, values: readonly string[]): Promise<ApiDevice[]> {
  const out: ApiDevice[] = [];
  for (const part of chunk(values, LOOKUP_CHUNK)) {
    out.push(...(await allDevices(client, { filter: anyOf(field, part), select: RESOLVE_SELECT })));
  }
  return out;
}

/** Devices keyed by the looked-up value in lower case (names match case-insensitively). */
function groupBy(devices: readonly ApiDevice[], read: (d: ApiDevice) => string | null | undefined): Map<string, ApiDevice[]> {
  const out = new Map<string, ApiDevice[]>();
  for (const device of devices) {
    const key = read(device)?.toLowerCase();
    if (key === undefined) continue;
    out.set(key, [...(out.get(key) ?? []), device]);
  }
  return out;
}

function describeCandidate(d: ApiDevice): string {
  return `- ${d.deviceUid ?? '(no uid)'} (serial ${d.serialNumber ?? 'unknown'}, last connected ${d.lastConnectedDateTimeUtc ?? 'never'})`;
}

/** Markdown lines telling which device each name or serial number meant; '' when none were given. */
export function describeResolutions(resolutions: readonly Resolution[]): string {
  if (resolutions.length === 0) return '';
  return `Resolved to device UIDs:\n${resolutions.map((r) => `- ${r.argument} ${r.value} → ${r.deviceUid}`).join('\n')}\n`;
}

import type { AbsoluteClient } from '../absolute/client';
import { lookUpDevices } from './device-lookup';
import { resolveDevices, type DeviceTargets } from './resolve-devices';
import { str } from './shared';

/** Devices listed one by one before the rest are only counted. */
const LISTED_DEVICES = 20;

/**
 * The devices an action would land on, resolved exactly as the action resolves them (a name or
 * serial that matches none or several fails here, before anything is asked), each with its name
 * and serial number. Reads only.
 */
export async function describeDevices(client: AbsoluteClient, targets: DeviceTargets): Promise<string> {
  const { deviceUids } = await resolveDevices(client, targets);
  const shown = deviceUids.slice(0, LISTED_DEVICES);
  const devices = await lookUpDevices(client, [{ field: 'deviceUid', values: shown }], ['deviceUid', 'deviceName', 'serialNumber']);
  const lines = shown.map((uid) => {
    const device = devices.find((d) => str(d.deviceUid)?.toLowerCase() === uid);
    if (!device) return `  - ${uid} (no such device in Absolute)`;
    return `  - ${str(device.deviceName) ?? '(no name)'}  serial ${str(device.serialNumber) ?? 'unknown'}  ${uid}`;
  });
  const more = deviceUids.length > shown.length ? [`  ... and ${deviceUids.length - shown.length} more`] : [];
  return `${deviceUids.length} device(s):\n${[...lines, ...more].join('\n')}`;
}

/** A long text cut for one line of a confirmation, markup removed. */
export function excerpt(text: string, max = 120): string {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

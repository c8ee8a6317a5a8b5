import type { ApiDevice } from '../../absolute/api/types';
import type { AbsoluteClient } from '../../absolute/client';
import { lookUpDevices } from '../device-lookup';

const SELECT = ['deviceUid', 'deviceName', 'agentStatus', 'isStolen', 'deviceStatus.type', 'deviceStatus.reported'] as const;

export type MissingEligibility = {
  DeviceUID: string;
  DeviceName: string;
  Eligible: boolean;
  Reason: string;
};

/**
 * Why Absolute would refuse to report this device missing, or undefined when it would accept it:
 * the agent must be active, and the device not already missing or stolen.
 */
export function missingIneligibility(device: ApiDevice | undefined): string | undefined {
  if (!device) return 'no such device in Absolute';
  const status = device.deviceStatus?.type;
  if (status === 'MISSING') return `already reported missing (since ${device.deviceStatus?.reported ?? 'an unknown date'})`;
  if (status === 'STOLEN' || device.isStolen === true) return 'reported stolen (Absolute Investigations handles it)';
  const agent = device.agentStatus;
  if (agent !== 'A') return `the agent is not active (agent status ${agent ?? 'unknown'})`;
  return undefined;
}

/** Reads each device once and judges it; sends nothing. */
export async function judgeMissing(client: AbsoluteClient, deviceUids: readonly string[]): Promise<MissingEligibility[]> {
  const devices = await lookUpDevices(client, [{ field: 'deviceUid', values: deviceUids }], SELECT);
  return deviceUids.map((uid) => {
    const device = devices.find((d) => d.deviceUid?.toLowerCase() === uid);
    const reason = missingIneligibility(device);
    return { DeviceUID: uid, DeviceName: device?.deviceName ?? '', Eligible: reason === undefined, Reason: reason ?? '' };
  });
}

import type { ApiDevice } from '../absolute/api/types';
import type { AbsoluteClient } from '../absolute/client';
import { lookUpDevices } from './device-lookup';
import { str } from './shared';

const ELIGIBILITY_SELECT = ['deviceUid', 'deviceName', 'platformOSType', 'agentStatus'] as const;

/** The systems the Windows-and-Mac actions (Reach, File Delete) run on. */
export type ActionPlatform = 'Windows' | 'Mac';

/** One target device of a Windows-and-Mac action as its dry run reports it. */
export interface PlatformTargetRow {
  DeviceUid: string;
  DeviceName: string;
  Platform: string;
  Eligible: boolean;
  Reason: string;
  [key: string]: string | boolean;
}

export const PLATFORM_TARGET_HEADERS = ['DeviceUid', 'DeviceName', 'Platform', 'Eligible', 'Reason'];

export interface JudgedTargets {
  rows: PlatformTargetRow[];
  /** Devices the action cannot apply to at all; a real run is refused while there are any. */
  blocked: PlatformTargetRow[];
}

/**
 * Reads each device's platform and agent. Unknown devices, other systems and whatever `refusal`
 * names for a Windows or Mac device block the action; an inactive agent is only reported, as
 * Absolute fails that device's action itself. Reads only.
 */
export async function judgeTargets(
  client: AbsoluteClient,
  deviceUids: readonly string[],
  action: string,
  refusal: (platform: ActionPlatform) => string | undefined,
): Promise<JudgedTargets> {
  const devices = await lookUpDevices(client, [{ field: 'deviceUid', values: deviceUids }], ELIGIBILITY_SELECT);
  const deviceOf = (uid: string) => devices.find((d) => str(d.deviceUid)?.toLowerCase() === uid);
  const judged = deviceUids.map((uid) => judge(uid, deviceOf(uid), action, refusal));
  return { rows: judged.map((j) => j.row), blocked: judged.filter((j) => j.blocks).map((j) => j.row) };
}

function judge(
  uid: string,
  device: ApiDevice | undefined,
  action: string,
  refusal: (platform: ActionPlatform) => string | undefined,
): { row: PlatformTargetRow; blocks: boolean } {
  if (!device)
    return { row: { DeviceUid: uid, DeviceName: '', Platform: '', Eligible: false, Reason: 'no such device in Absolute' }, blocks: true };
  const platform = str(device.platformOSType) ?? '';
  const agent = str(device.agentStatus);
  const refused =
    platform === 'Windows' || platform === 'Mac'
      ? refusal(platform)
      : `${action} runs only on Windows and Mac devices (this one is ${platform || 'of unknown platform'})`;
  const reason = refused ?? (agent === 'A' ? undefined : `the agent is not active (agent status ${agent ?? 'unknown'})`);
  return {
    row: {
      DeviceUid: uid,
      DeviceName: str(device.deviceName) ?? '',
      Platform: platform,
      Eligible: reason === undefined,
      Reason: reason ?? '',
    },
    blocks: refused !== undefined,
  };
}

/** A device's line in the confirmation the command line asks for. */
export function confirmationLine(row: PlatformTargetRow): string {
  return `- ${row.DeviceUid} ${row.DeviceName || '(unknown)'} [${row.Platform || 'unknown'}]${row.Eligible ? '' : `: ${row.Reason}`}`;
}

/** A blocked device's line in the error that refuses the run. */
export function blockedLine(row: PlatformTargetRow): string {
  return `- ${row.DeviceUid}${row.DeviceName ? ` (${row.DeviceName})` : ''}: ${row.Reason}`;
}

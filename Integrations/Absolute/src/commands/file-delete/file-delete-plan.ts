import {
  FILE_DELETE_MAX_DEVICES,
  FILE_DELETE_WIPE_ALL_MAX_DEVICES,
  type FileDeleteBody,
  type FilePattern,
  type WipeType,
} from '../../absolute/api/file-delete';
import type { AbsoluteClient } from '../../absolute/client';
import { chunk } from '../../absolute/filter';
import { ArgumentError } from '../../xsoar/args';
import { judgeTargets, type ActionPlatform, type PlatformTargetRow } from '../platform-targets';
import { describeResolutions, resolveDevices, type DeviceTargets } from '../resolve-devices';

export interface FileDeleteArgs extends DeviceTargets {
  wipe_type?: WipeType;
  file_patterns_windows: readonly string[];
  file_patterns_mac: readonly string[];
  secure_erase_count?: string;
  include_file_date_in_log: boolean;
  unenroll_devices_and_free_licenses: boolean;
}

export interface FileDeletePlan {
  rows: PlatformTargetRow[];
  /** Devices the request cannot apply to at all; a real run is refused while there are any. */
  blocked: PlatformTargetRow[];
  base: Omit<FileDeleteBody, 'deviceUids'>;
  deviceUids: string[];
  /** Devices per request: 10,000, or 100 when deleting all user files. */
  chunkSize: number;
  bodies: FileDeleteBody[];
  resolved: string;
}

/** Checks the option combination the API documents; each misuse names its argument. */
export function fileDeleteBase(args: FileDeleteArgs): Omit<FileDeleteBody, 'deviceUids'> {
  const wipeType = args.wipe_type ?? 'wipeSpecificUserFiles';
  const specific = wipeType === 'wipeSpecificUserFiles';
  const patterns: FilePattern[] = [];
  if (args.file_patterns_windows.length > 0) patterns.push({ platform: 'Windows', patterns: [...args.file_patterns_windows] });
  if (args.file_patterns_mac.length > 0) patterns.push({ platform: 'Mac', patterns: [...args.file_patterns_mac] });
  if (specific && patterns.length === 0)
    throw new ArgumentError(
      'file_patterns_windows',
      'wipe_type=wipeSpecificUserFiles needs file_patterns_windows, file_patterns_mac or both',
    );
  if (!specific && patterns.length > 0) {
    throw new ArgumentError(
      args.file_patterns_windows.length > 0 ? 'file_patterns_windows' : 'file_patterns_mac',
      `file patterns apply only to wipe_type=wipeSpecificUserFiles; ${wipeType} deletes all user files`,
    );
  }
  if (!specific && args.include_file_date_in_log)
    throw new ArgumentError('include_file_date_in_log', 'applies only to wipe_type=wipeSpecificUserFiles');
  if (specific && args.unenroll_devices_and_free_licenses)
    throw new ArgumentError(
      'unenroll_devices_and_free_licenses',
      'applies only when all user files are deleted (wipeAllUserFiles or wipeAllUserFilesAndOs)',
    );
  const base: Omit<FileDeleteBody, 'deviceUids'> = { wipeType };
  if (args.secure_erase_count !== undefined) base.secureEraseCount = Number(args.secure_erase_count);
  if (specific) {
    base.filePatterns = patterns;
    base.includeFileDateInLog = args.include_file_date_in_log;
  } else {
    base.unenrollDevicesAndFreeLicenses = args.unenroll_devices_and_free_licenses;
  }
  return base;
}

/** Resolves the devices and decides, per device, whether the request would apply to it. Reads only. */
export async function planFileDelete(client: AbsoluteClient, args: FileDeleteArgs): Promise<FileDeletePlan> {
  const base = fileDeleteBase(args);
  const { deviceUids, resolutions } = await resolveDevices(client, args);
  const { rows, blocked } = await judgeTargets(client, deviceUids, 'File Delete', (platform) => refusal(platform, base));
  const chunkSize = base.wipeType === 'wipeSpecificUserFiles' ? FILE_DELETE_MAX_DEVICES : FILE_DELETE_WIPE_ALL_MAX_DEVICES;
  const bodies = chunk(deviceUids, chunkSize).map((part) => ({ deviceUids: part, ...base }));
  return { rows, blocked, base, deviceUids, chunkSize, bodies, resolved: describeResolutions(resolutions) };
}

/** Why the request cannot apply to a device of this platform at all, if it cannot. */
function refusal(platform: ActionPlatform, base: Omit<FileDeleteBody, 'deviceUids'>): string | undefined {
  if (base.wipeType === 'wipeAllUserFilesAndOs' && platform === 'Mac')
    return 'deleting the operating system (wipeAllUserFilesAndOs) is for Windows devices only';
  if (base.filePatterns && !base.filePatterns.some((p) => p.platform === platform))
    return `no file_patterns_${platform === 'Mac' ? 'mac' : 'windows'} were given for this ${platform} device`;
  return undefined;
}

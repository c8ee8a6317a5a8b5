import {
  getReachScript,
  REACH_MAX_DEVICES,
  type ApiReachScript,
  type ApiRunScriptOption,
  type ReachPlatform,
  type RunScriptBody,
} from '../../absolute/api/reach';
import type { AbsoluteClient } from '../../absolute/client';
import { chunk } from '../../absolute/filter';
import { unlessNotFound } from '../../absolute/api/not-found';
import { ArgumentError } from '../../xsoar/args';
import { judgeTargets, type ActionPlatform, type PlatformTargetRow } from '../platform-targets';
import { describeResolutions, resolveDevices, type DeviceTargets } from '../resolve-devices';
import { compact, str } from '../shared';
import { requiredParams, supportedPlatforms } from './reach-script-view';

export interface ReachRunArgs extends DeviceTargets {
  script_uid?: string;
  win_command_line?: string;
  mac_command_line?: string;
  request_title?: string;
}

export interface ReachRunPlan {
  script: ApiReachScript;
  scriptName: string;
  rows: PlatformTargetRow[];
  /** The request bodies that would be sent, one per 10,000 devices. */
  bodies: RunScriptBody[];
  /** Every body but its devices. */
  base: Omit<RunScriptBody, 'deviceUids'>;
  deviceUids: string[];
  /** Devices that cannot run the script at all (unknown, or an operating system it does not support). */
  blocked: PlatformTargetRow[];
  resolved: string;
}

/**
 * Everything a run needs decided before sending: the script, each device's platform and whether
 * Absolute would run the script there, and the exact request bodies. Reads only.
 */
export async function planReachRun(client: AbsoluteClient, args: ReachRunArgs): Promise<ReachRunPlan> {
  const scriptUid = args.script_uid ?? '';
  const { deviceUids, resolutions } = await resolveDevices(client, args);
  const script = await unlessNotFound(getReachScript(client, scriptUid));
  if (!script)
    throw new ArgumentError('script_uid', `no Reach script has the UID ${scriptUid}; see absolute-reach-script-list. Nothing was sent.`);
  const scriptName = str(script.scriptName) ?? scriptUid;
  const supported = supportedPlatforms(script);
  for (const [platform, given] of [
    ['Windows', args.win_command_line],
    ['Mac', args.mac_command_line],
  ] as const) {
    if (given !== undefined && !supported.includes(platform)) {
      throw new ArgumentError(
        platform === 'Windows' ? 'win_command_line' : 'mac_command_line',
        `script "${scriptName}" does not run on ${platform} devices (it supports ${supported.join(', ') || 'no platform'}).`,
      );
    }
  }
  const { rows, blocked } = await judgeTargets(client, deviceUids, 'Reach', (platform) => refusal(platform, supported));
  const platforms = new Set(rows.filter((r) => !blocked.includes(r)).map((r) => r.Platform as ReachPlatform));
  const options = scriptOptions(script, scriptName, platforms, args);
  const base = compact({ scriptUid, requestTitle: args.request_title, ...options }) as unknown as Omit<RunScriptBody, 'deviceUids'>;
  const bodies = chunk(deviceUids, REACH_MAX_DEVICES).map((part) => ({ ...base, deviceUids: part }));
  return { script, scriptName, rows, bodies, base, deviceUids, blocked, resolved: describeResolutions(resolutions) };
}

/** Why the script cannot run on a device of this platform, if it cannot. */
function refusal(platform: ActionPlatform, supported: readonly ReachPlatform[]): string | undefined {
  return supported.includes(platform)
    ? undefined
    : `the script does not support ${platform} (it supports ${supported.join(', ') || 'no platform'})`;
}

/**
 * Without command lines the API runs the script with the library's defaults on both systems. With
 * one, a body holding only `winScriptOption` would skip the Mac devices, so each targeted system
 * gets its options: the script's defaults with the given command line.
 */
function scriptOptions(script: ApiReachScript, scriptName: string, platforms: ReadonlySet<ReachPlatform>, args: ReachRunArgs) {
  const out: { winScriptOption?: ApiRunScriptOption; macScriptOption?: ApiRunScriptOption } = {};
  const anyGiven = args.win_command_line !== undefined || args.mac_command_line !== undefined;
  for (const platform of platforms) {
    const given = platform === 'Windows' ? args.win_command_line : args.mac_command_line;
    const defaults = (platform === 'Windows' ? script.winScript : script.macScript)?.scriptOption ?? {};
    const commandLine = given ?? str(defaults.commandLine) ?? '';
    const missing = requiredParams(script, platform).filter((name) => !mentions(commandLine, name));
    if (missing.length > 0) {
      const argument = platform === 'Windows' ? 'win_command_line' : 'mac_command_line';
      throw new ArgumentError(
        argument,
        `script "${scriptName}" requires ${missing.map((m) => `-${m.replace(/^-+/, '')}`).join(', ')} on ${platform} devices; ` +
          `give them in ${argument}. Nothing was sent.`,
      );
    }
    if (!anyGiven) continue;
    const option: ApiRunScriptOption = { ...defaults, commandLine };
    if (platform === 'Windows') out.winScriptOption = option;
    else out.macScriptOption = option;
  }
  return out;
}

/** Whether a command line passes the parameter (`-Name value`, `--name=value`), ignoring case. */
function mentions(commandLine: string, name: string): boolean {
  const bare = name.replace(/^-+/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|\\s)-{1,2}${bare}(?=\\s|=|:|$)`, 'i').test(commandLine);
}

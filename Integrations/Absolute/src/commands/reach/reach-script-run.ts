import { REACH_MAX_DEVICES, runReachScript } from '../../absolute/api/reach';
import { AbsoluteResponseError } from '../../absolute/errors';
import { arg, ArgumentError } from '../../xsoar/args';
import type { CommandResults } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { inChunks } from '../in-chunks';
import { pollingArgs, POLLING_ARGS, schedule } from '../polling';
import { blockedLine, confirmationLine, PLATFORM_TARGET_HEADERS } from '../platform-targets';
import { DEVICE_TARGET_ARGS, requireDeviceTarget } from '../resolve-devices';
import { compact, UUID_PATTERN } from '../shared';
import { SCRIPT_UID_HINT } from './reach-args';
import { describeRequestBodies } from '../describe-bodies';
import { planReachRun, type ReachRunPlan } from './reach-run-plan';
import { REACH_POLLED_DEVICES_MAX, reachStatusResult } from './reach-status';

const COMMAND = 'absolute-reach-script-run';

/** Runs a Reach Library script on devices: resolves them, checks the script supports their OS, can dry-run. */
export const reachScriptRunCommand = defineCommand({
  name: COMMAND,
  args: {
    script_uid: arg.string({ required: true, pattern: UUID_PATTERN, patternHint: SCRIPT_UID_HINT }),
    ...DEVICE_TARGET_ARGS,
    win_command_line: arg.string({ maxLength: 4000 }),
    mac_command_line: arg.string({ maxLength: 4000 }),
    request_title: arg.string({ maxLength: 250 }),
    dry_run: arg.boolean({ defaultValue: false }),
    ...POLLING_ARGS,
  },
  async run({ client }, args) {
    if (args.request_uids.length > 0)
      return reachStatusResult(client, args.request_uids, args.device_ids, { ...args, script_uid: args.script_uid ?? '' }, COMMAND);
    requireDeviceTarget(args);
    const plan = await planReachRun(client, args);
    if (args.dry_run) return dryRunResult(plan);
    if (plan.blocked.length > 0) {
      const lines = plan.blocked.map(blockedLine);
      throw new ArgumentError(
        'script_uid',
        `script "${plan.scriptName}" cannot run on ${plan.blocked.length} of the devices; nothing was sent.\n${lines.join('\n')}\n` +
          'Remove them, or use dry_run=true to review every device.',
      );
    }
    const requestUids = await inChunks(
      plan.deviceUids,
      REACH_MAX_DEVICES,
      async (part) => {
        const uid = await runReachScript(client, { ...plan.base, deviceUids: part });
        if (!uid)
          throw new AbsoluteResponseError(
            'Absolute answered the Run Script request without a requestUid; check the console before sending it again.',
            200,
          );
        return uid;
      },
      (done) => `Run Script requests ${done.join(', ')} were created.`,
    );
    const { deviceUids } = plan;
    const result: CommandResults = {
      readable: `${requestUids.map((uid) => createdLine(uid, plan.scriptName)).join('\n')}\n${plan.resolved}`,
      raw: requestUids.map((requestUid) => ({ requestUid })),
      outputs: [
        {
          prefix: 'Absolute.ReachRequest',
          keyField: 'RequestUID',
          value: requestUids.map((uid) =>
            compact({ RequestUID: uid, ScriptUID: args.script_uid, ScriptName: plan.scriptName, RequestTitle: args.request_title }),
          ),
        },
      ],
    };
    if (!args.polling) return result;
    const polled = deviceUids.length <= REACH_POLLED_DEVICES_MAX ? deviceUids : [];
    const next = pollingArgs(
      {
        script_uid: args.script_uid,
        interval_in_seconds: args.interval_in_seconds,
        timeout_in_seconds: args.timeout_in_seconds,
        device_ids: polled,
      },
      requestUids,
    );
    return schedule(result, COMMAND, args, next);
  },
  async describeTargets({ client }, args) {
    requireDeviceTarget(args);
    const plan = await planReachRun(client, args);
    const lines = plan.rows.map(confirmationLine);
    const options = [
      args.win_command_line ? `Windows command line: ${args.win_command_line}` : '',
      args.mac_command_line ? `Mac command line: ${args.mac_command_line}` : '',
    ].filter(Boolean);
    return [
      `Run Reach script "${plan.scriptName}" (${args.script_uid ?? ''}) on ${plan.rows.length} device(s):`,
      ...lines,
      ...options,
    ].join('\n');
  },
});

function dryRunResult(plan: ReachRunPlan): CommandResults {
  const eligible = plan.rows.filter((r) => r.Eligible).length;
  const title = `Reach dry run: ${eligible} of ${plan.rows.length} devices can run the script "${plan.scriptName}". Nothing was sent.`;
  const table = tableToMarkdown(title, plan.rows, { headers: PLATFORM_TARGET_HEADERS });
  const refused =
    plan.blocked.length > 0
      ? `\nA real run is refused while ${plan.blocked.length} device(s) cannot run this script at all (unknown device or unsupported OS).\n`
      : '';
  return {
    readable: `${table}${refused}\n${describeRequestBodies('POST /v3/actions/requests/reach', plan.bodies)}${plan.resolved}`,
    raw: { devices: plan.rows, requests: plan.bodies },
    outputs: [{ prefix: 'Absolute.ReachEligibility', keyField: 'DeviceUid', value: plan.rows }],
  };
}

function createdLine(requestUid: string, scriptName: string): string {
  return `Run Script request ${requestUid} for script "${scriptName}" has been successfully created.`;
}

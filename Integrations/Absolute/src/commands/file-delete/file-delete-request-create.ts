import { createFileDeleteRequest, SECURE_ERASE_COUNTS, WIPE_TYPES } from '../../absolute/api/file-delete';
import { AbsoluteResponseError } from '../../absolute/errors';
import { arg, ArgumentError } from '../../xsoar/args';
import type { CommandResults } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { inChunks } from '../in-chunks';
import { pollingArgs, POLLING_ARGS, schedule } from '../polling';
import { describeRequestBodies } from '../describe-bodies';
import { blockedLine, confirmationLine, PLATFORM_TARGET_HEADERS } from '../platform-targets';
import { DEVICE_TARGET_ARGS, requireDeviceTarget } from '../resolve-devices';
import { planFileDelete, type FileDeletePlan } from './file-delete-plan';
import { fileDeleteStatusResult } from './file-delete-status';
import { FILE_DELETE_REQUEST_KEY } from './file-delete-view';

const COMMAND = 'absolute-file-delete-request-create';

/** Deletes files (or all user files) on devices: resolves and checks every target first, can dry-run. */
export const fileDeleteRequestCreateCommand = defineCommand({
  name: COMMAND,
  args: {
    ...DEVICE_TARGET_ARGS,
    wipe_type: arg.choice(WIPE_TYPES, { required: true }),
    file_patterns_windows: arg.list({ maxItems: 1000 }),
    file_patterns_mac: arg.list({ maxItems: 1000 }),
    secure_erase_count: arg.choice(SECURE_ERASE_COUNTS),
    include_file_date_in_log: arg.boolean({ defaultValue: false }),
    unenroll_devices_and_free_licenses: arg.boolean({ defaultValue: false }),
    dry_run: arg.boolean({ defaultValue: false }),
    ...POLLING_ARGS,
  },
  async run({ client }, args) {
    if (args.request_uids.length > 0)
      return fileDeleteStatusResult(client, args.request_uids, { ...args, wipe_type: args.wipe_type ?? 'wipeSpecificUserFiles' }, COMMAND);
    requireDeviceTarget(args);
    const plan = await planFileDelete(client, args);
    if (args.dry_run) return dryRunResult(plan);
    if (plan.blocked.length > 0) {
      const lines = plan.blocked.map(blockedLine);
      const first = plan.blocked.some((r) => r.Reason.startsWith('no file_patterns')) ? 'file_patterns_windows' : 'device_ids';
      throw new ArgumentError(
        first,
        `the File Delete request cannot apply to ${plan.blocked.length} of the devices; nothing was sent.\n${lines.join('\n')}\n` +
          'Fix or remove them, or use dry_run=true to review every device.',
      );
    }
    const requestUids = await inChunks(
      plan.deviceUids,
      plan.chunkSize,
      async (part) => {
        const uid = await createFileDeleteRequest(client, { deviceUids: part, ...plan.base });
        if (!uid)
          throw new AbsoluteResponseError(
            'Absolute answered the File Delete request without a requestUid; check the console before sending it again.',
            200,
          );
        return uid;
      },
      (done) => `File Delete requests ${done.join(', ')} were created.`,
    );
    const result: CommandResults = {
      readable: `${requestUids.map((uid) => createdLine(uid, plan.base.wipeType)).join('\n')}\n${plan.resolved}`,
      raw: requestUids.map((requestUid) => ({ requestUid })),
      outputs: [{ ...FILE_DELETE_REQUEST_KEY, value: requestUids.map((uid) => ({ RequestUID: uid, WipeType: plan.base.wipeType })) }],
    };
    if (!args.polling) return result;
    return schedule(
      result,
      COMMAND,
      args,
      pollingArgs(
        { wipe_type: args.wipe_type, interval_in_seconds: args.interval_in_seconds, timeout_in_seconds: args.timeout_in_seconds },
        requestUids,
      ),
    );
  },
  async describeTargets({ client }, args) {
    requireDeviceTarget(args);
    const plan = await planFileDelete(client, args);
    const lines = plan.rows.map(confirmationLine);
    const patterns = (plan.base.filePatterns ?? []).map((p) => `${p.platform} patterns: ${p.patterns.join(', ')}`);
    const unenroll =
      plan.base.unenrollDevicesAndFreeLicenses === undefined ? [] : [unenrolmentNote(plan.base.unenrollDevicesAndFreeLicenses)];
    return [`File Delete (${plan.base.wipeType}) on ${plan.rows.length} device(s):`, ...lines, ...patterns, ...unenroll].join('\n');
  },
});

function dryRunResult(plan: FileDeletePlan): CommandResults {
  const eligible = plan.rows.filter((r) => r.Eligible).length;
  const title = `File Delete dry run (${plan.base.wipeType}): ${eligible} of ${plan.rows.length} devices are eligible. Nothing was sent.`;
  const table = tableToMarkdown(title, plan.rows, { headers: PLATFORM_TARGET_HEADERS });
  const refused =
    plan.blocked.length > 0 ? `\nA real run is refused while ${plan.blocked.length} device(s) cannot take this request at all.\n` : '';
  return {
    readable: `${table}${refused}\n${describeRequestBodies('POST /v3/actions/requests/file-delete', plan.bodies)}${plan.resolved}`,
    raw: { devices: plan.rows, requests: plan.bodies },
    outputs: [{ prefix: 'Absolute.FileDeleteEligibility', keyField: 'DeviceUid', value: plan.rows }],
  };
}

function createdLine(requestUid: string, wipeType: string): string {
  return `File Delete request ${requestUid} (${wipeType}) has been successfully created.`;
}

/** Deleting all user files un-enrolls Mac devices always, and Windows devices when asked. */
function unenrolmentNote(windowsToo: boolean): string {
  return windowsToo
    ? 'All devices are un-enrolled afterwards and their licences freed.'
    : 'Mac devices are un-enrolled afterwards (always); Windows devices stay enrolled.';
}

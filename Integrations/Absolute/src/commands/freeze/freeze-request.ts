import {
  createFreezeRequest,
  FREEZE_MAX_DEVICES,
  FREEZE_TYPES,
  freezeRequestRecords,
  PASSCODE_OPTIONS,
  type ApiFreezeRequestRecord,
} from '../../absolute/api/freeze';
import type { AbsoluteClient } from '../../absolute/client';
import { AbsoluteError, AbsoluteResponseError } from '../../absolute/errors';
import { arg } from '../../xsoar/args';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { pollingArgs, POLLING_ARGS, schedule } from '../polling';
import { freezeStatusResult } from './freeze-polling';
import { DEVICE_TARGET_ARGS, describeResolutions, requireDeviceTarget, resolveDevices } from '../resolve-devices';
import { inChunks } from '../in-chunks';
import { freezeOutcome, outcomeRow, unknownOutcome, type FreezeOutcome } from './freeze-outcome';
import { buildFreezePayload, DEFAULT_OFFLINE_SECONDS } from './freeze-payload';
import { EMAIL_HINT, EMAIL_PATTERN } from '../shared';
import { messageIdArg } from './message-args';
import { describeDevices, excerpt } from '../describe-targets';

export const freezeRequestCommand = defineCommand({
  name: 'absolute-device-freeze-request',
  args: {
    ...DEVICE_TARGET_ARGS,
    request_name: arg.string({ required: true, minLength: 1, maxLength: 250 }),
    html_message: arg.string({ maxLength: 4000 }),
    message_name: arg.string({ maxLength: 255 }),
    message_id: messageIdArg(false),
    device_freeze_type: arg.choice(FREEZE_TYPES, { required: true, aliases: { Offline: 'OffLine' } }),
    scheduled_freeze_date: arg.string({ maxLength: 64 }),
    offline_time_seconds: arg.number({ defaultValue: DEFAULT_OFFLINE_SECONDS }),
    passcode_type: arg.choice(PASSCODE_OPTIONS, { required: true }),
    passcode: arg.string({ maxLength: 64 }),
    passcode_length: arg.number(),
    notification_emails: arg.list({ maxItems: 10, itemPattern: EMAIL_PATTERN, itemHint: EMAIL_HINT }),
    ...POLLING_ARGS,
  },
  async describeTargets({ client, now }, args) {
    if (args.request_uids.length > 0) return `Reads the freeze requests ${args.request_uids.join(', ')} only.`;
    requireDeviceTarget(args);
    // The same checks as the run, so nothing is asked about a request that would be refused.
    buildFreezePayload(args, now());
    const when = args.device_freeze_type === 'Scheduled' ? ` at ${args.scheduled_freeze_date ?? '(no date)'}` : '';
    const message = args.message_id ? `saved message ${args.message_id}` : excerpt(args.html_message ?? args.message_name ?? '(none)');
    return [
      `${args.device_freeze_type} freeze "${args.request_name}"${when}, passcode ${args.passcode_type}, ` +
        `of ${await describeDevices(client, args)}`,
      `Message: ${message}`,
    ].join('\n');
  },
  async run({ client, now }, args) {
    // A polling run only reads the requests it was given: it can never freeze anything twice.
    if (args.request_uids.length > 0) return freezeStatusResult(client, args.request_uids, args, nextRunArgs(args, args.request_uids));
    requireDeviceTarget(args);
    const template = buildFreezePayload(args, now());
    const { deviceUids, resolutions } = await resolveDevices(client, args);
    const sent = await inChunks(
      deviceUids,
      FREEZE_MAX_DEVICES,
      (part) => freezeAndConfirm(client, { ...template, deviceUids: part }),
      (done) => `freeze requests ${done.map((s) => s.outcome.RequestUID).join(', ')} were created.`,
    );
    const outcomes = sent.map((s) => s.outcome);
    const table = tableToMarkdown('Absolute device freeze requests results', outcomes.map(outcomeRow), {
      headers: ['FailedDeviceUIDs', 'RequestUID', 'SucceededDeviceUIDs'],
      removeNull: true,
    });
    const split =
      outcomes.length > 1
        ? `The ${deviceUids.length} devices were sent in ${outcomes.length} requests of at most ${FREEZE_MAX_DEVICES}.\n`
        : '';
    const result = {
      readable: `${table}${split}${describeResolutions(resolutions)}`,
      raw: sent.map((s) => ({ requestUid: s.outcome.RequestUID, records: s.records })),
      outputs: [{ prefix: 'Absolute.FreezeRequest', keyField: 'RequestUID', value: outcomes }],
    };
    const requestUids = outcomes.map((o) => o.RequestUID);
    return args.polling ? schedule(result, 'absolute-device-freeze-request', args, nextRunArgs(args, requestUids)) : result;
  },
});

/** The next run needs only the required arguments and the request ids; the passcode never travels. */
function nextRunArgs(
  args: {
    request_name?: string;
    device_freeze_type?: string;
    passcode_type?: string;
    interval_in_seconds: number;
    timeout_in_seconds: number;
  },
  requestUids: readonly string[],
): Record<string, string> {
  const { request_name, device_freeze_type, passcode_type, interval_in_seconds, timeout_in_seconds } = args;
  return pollingArgs({ request_name, device_freeze_type, passcode_type, interval_in_seconds, timeout_in_seconds }, requestUids);
}

/** Creates one request, then reads its per-device records to learn which devices Absolute accepted. */
async function freezeAndConfirm(
  client: AbsoluteClient,
  payload: Parameters<typeof createFreezeRequest>[1],
): Promise<{ outcome: FreezeOutcome; records: ApiFreezeRequestRecord[] }> {
  const created = await createFreezeRequest(client, payload);
  if (!created.requestUid) {
    throw new AbsoluteResponseError(
      'Absolute answered the freeze request without a requestUid, so its outcome is unknown; check the console before sending it again.',
      200,
    );
  }
  try {
    const records = (await freezeRequestRecords(client, created.requestUid)) ?? [];
    return { outcome: freezeOutcome(created.requestUid, payload.deviceUids, records, created.errors), records };
  } catch (error) {
    // The freeze was requested; failing here would invite a second, duplicate request.
    if (!(error instanceof AbsoluteError)) throw error;
    return { outcome: unknownOutcome(created.requestUid, payload.deviceUids, error.message), records: [] };
  }
}

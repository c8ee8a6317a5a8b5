import { createUnenrollRequest, UNENROLL_MAX_DEVICES, unenrollActions, unenrollRequestSummary } from '../../absolute/api/unenroll';
import type { AbsoluteClient } from '../../absolute/client';
import { AbsoluteError, AbsoluteResponseError } from '../../absolute/errors';
import { arg } from '../../xsoar/args';
import { defineCommand } from '../command';
import { FINAL_REQUEST_STATUSES, pollingArgs, POLLING_ARGS, schedule } from '../polling';
import { DEVICE_TARGET_ARGS, describeResolutions, requireDeviceTarget, resolveDevices } from '../resolve-devices';
import { inChunks } from '../in-chunks';
import { describeDevices } from '../describe-targets';
import { unenrollContext, unenrollReadable, type UnenrollResult } from './unenroll-report';

export const unenrollCommand = defineCommand({
  name: 'absolute-device-unenroll',
  args: {
    ...DEVICE_TARGET_ARGS,
    exclude_missing_devices: arg.boolean(),
    ...POLLING_ARGS,
  },
  async describeTargets({ client }, args) {
    if (args.request_uids.length > 0) return `Reads the unenroll requests ${args.request_uids.join(', ')} only.`;
    requireDeviceTarget(args);
    return `Unenroll (this frees their licenses) ${await describeDevices(client, args)}`;
  },
  async run({ client }, args) {
    const settings = { polling: args.polling, interval_in_seconds: args.interval_in_seconds, timeout_in_seconds: args.timeout_in_seconds };
    if (args.request_uids.length > 0) {
      // A polling run only reads the requests it was given: it can never unenroll anything twice.
      const results = await Promise.all(args.request_uids.map((uid) => readUnenroll(client, uid)));
      const open = results.filter((r) => !FINAL_REQUEST_STATUSES.has(String(r.summary?.requestStatus)));
      if (open.length > 0 && args.polling) {
        return schedule(
          { readable: `Waiting for ${open.length} unenroll request(s) to finish.`, raw: results.map((r) => r.summary ?? {}) },
          'absolute-device-unenroll',
          settings,
          pollingArgs(settings, args.request_uids),
          open.length,
        );
      }
      return unenrollResults(results, '');
    }
    requireDeviceTarget(args);
    const { deviceUids, resolutions } = await resolveDevices(client, args);
    const results = await inChunks(
      deviceUids,
      UNENROLL_MAX_DEVICES,
      (part) => unenrollAndRead(client, part, args.exclude_missing_devices),
      (done) => `unenroll requests ${done.map((r) => r.requestUid).join(', ')} were created.`,
    );
    const split =
      results.length > 1
        ? `The ${deviceUids.length} devices were sent in ${results.length} requests of at most ${UNENROLL_MAX_DEVICES}.\n`
        : '';
    const result = unenrollResults(results, `${split}${describeResolutions(resolutions)}`);
    return args.polling
      ? schedule(
          result,
          'absolute-device-unenroll',
          settings,
          pollingArgs(
            settings,
            results.map((r) => r.requestUid),
          ),
        )
      : result;
  },
});

function unenrollResults(results: readonly UnenrollResult[], footer: string) {
  const contexts = results.map(unenrollContext);
  const tables = results.map((r, i) => unenrollReadable(r, contexts[i] ?? {})).join('\n');
  return {
    readable: `${tables}${footer}`,
    raw: results.map((r) => ({ request: r.summary ?? { requestUid: r.requestUid }, actions: r.actions })),
    outputs: [{ prefix: 'Absolute.DeviceUnenroll', keyField: 'RequestUid', value: contexts }],
  };
}

/** A request's summary and its own actions (get-actions with no devices lists every device's). */
async function readUnenroll(client: AbsoluteClient, requestUid: string): Promise<UnenrollResult> {
  const summary = await unenrollRequestSummary(client, requestUid);
  const actions = (await unenrollActions(client, [])).filter((a) => a.requestUid === requestUid);
  return { requestUid, sent: actions.map((a) => a.deviceUid ?? ''), summary, actions };
}

/** The official three calls: create the request, read its summary, read its devices' actions. */
async function unenrollAndRead(client: AbsoluteClient, part: string[], excludeMissingDevices: boolean): Promise<UnenrollResult> {
  const requestUid = await createUnenrollRequest(client, { deviceUids: part, excludeMissingDevices });
  if (!requestUid) {
    throw new AbsoluteResponseError(
      'Absolute answered the unenroll request without a requestUid, so its outcome is unknown; check the console before sending it again.',
      200,
    );
  }
  try {
    const summary = await unenrollRequestSummary(client, requestUid);
    // get-actions returns the devices' actions from every request; only this request's count.
    const actions = (await unenrollActions(client, part)).filter((a) => a.requestUid === requestUid);
    return { requestUid, sent: part, summary, actions };
  } catch (error) {
    // The devices were already submitted; failing here would invite a duplicate request.
    if (!(error instanceof AbsoluteError)) throw error;
    return { requestUid, sent: part, summary: undefined, actions: [], readError: error.message };
  }
}

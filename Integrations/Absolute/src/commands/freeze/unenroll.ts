import { createUnenrollRequest, UNENROLL_MAX_DEVICES, unenrollActions, unenrollRequestSummary } from '../../absolute/api/unenroll';
import type { AbsoluteClient } from '../../absolute/client';
import { AbsoluteError, AbsoluteResponseError } from '../../absolute/errors';
import { arg } from '../../xsoar/args';
import { defineCommand } from '../command';
import { DEVICE_TARGET_ARGS, describeResolutions, requireDeviceTarget, resolveDevices } from '../resolve-devices';
import { inChunks } from './in-chunks';
import { unenrollContext, unenrollReadable, type UnenrollResult } from './unenroll-report';

export const unenrollCommand = defineCommand({
  name: 'absolute-device-unenroll',
  args: {
    ...DEVICE_TARGET_ARGS,
    exclude_missing_devices: arg.boolean(),
  },
  async run({ client }, args) {
    requireDeviceTarget(args);
    const { deviceUids, resolutions } = await resolveDevices(client, args);
    const results = await inChunks(
      deviceUids,
      UNENROLL_MAX_DEVICES,
      (part) => unenrollAndRead(client, part, args.exclude_missing_devices),
      (done) => `unenroll requests ${done.map((r) => r.requestUid).join(', ')} were created.`,
    );
    const contexts = results.map(unenrollContext);
    const tables = results.map((r, i) => unenrollReadable(r, contexts[i] ?? {})).join('\n');
    const split = results.length > 1 ? `The ${deviceUids.length} devices were sent in ${results.length} requests of at most ${UNENROLL_MAX_DEVICES}.\n` : '';
    return {
      readable: `${tables}${split}${describeResolutions(resolutions)}`,
      raw: results.map((r) => ({ request: r.summary ?? { requestUid: r.requestUid }, actions: r.actions })),
      outputs: [{ prefix: 'Absolute.DeviceUnenroll', value: contexts }],
    };
  },
});

/** The official three calls: create the request, read its summary, read its devices' actions. */
async function unenrollAndRead(client: AbsoluteClient, part: string[], excludeMissingDevices: boolean): Promise<UnenrollResult> {
  const requestUid = await createUnenrollRequest(client, { deviceUids: part, excludeMissingDevices });
  if (!requestUid) {
    throw new AbsoluteResponseError('Absolute answered the unenroll request without a requestUid, so its outcome is unknown; check the console before sending it again.', 200);
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

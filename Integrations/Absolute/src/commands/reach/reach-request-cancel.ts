import { cancelReachActions } from '../../absolute/api/reach';
import { defineCommand } from '../command';
import { DEVICE_TARGET_ARGS, describeResolutions, requireDeviceTarget, resolveDevices } from '../resolve-devices';
import { requestUidArg } from '../request-args';

/** Cancels the request's actions that are still Pending on the given devices; the others run on. */
export const reachRequestCancelCommand = defineCommand({
  name: 'absolute-reach-request-cancel',
  args: {
    request_uid: requestUidArg(true),
    ...DEVICE_TARGET_ARGS,
  },
  async run({ client }, args) {
    requireDeviceTarget(args);
    const requestUid = args.request_uid ?? '';
    const { deviceUids, resolutions } = await resolveDevices(client, args);
    await cancelReachActions(client, requestUid, deviceUids);
    return {
      readable:
        `Canceling the pending Run Script actions of request ${requestUid} on ${deviceUids.length} device(s) was requested. ` +
        `Actions already downloaded to a device run on; check them with absolute-reach-request-get.\n${describeResolutions(resolutions)}`,
      raw: { requestUid, deviceUids },
    };
  },
});

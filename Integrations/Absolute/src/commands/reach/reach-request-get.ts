import { getReachRequest, listReachActions } from '../../absolute/api/reach';
import { unlessNotFound } from '../../absolute/api/not-found';
import { defineCommand } from '../command';
import { deviceActionsTable } from '../device-action-context';
import { DEVICE_TARGET_ARGS, describeResolutions, resolveDevices } from '../resolve-devices';
import { requestUidArg } from '../request-args';
import { REACH_REQUEST_KEY, reachRequestContext, reachRequestsTable } from './reach-request-view';

/**
 * One Run Script request with the actions of the given devices. The API has no "every device of
 * the request" query for Reach (get-actions needs 1 to 100 device UIDs), so the devices are asked for.
 */
export const reachRequestGetCommand = defineCommand({
  name: 'absolute-reach-request-get',
  args: {
    request_uid: requestUidArg(true),
    ...DEVICE_TARGET_ARGS,
  },
  async run({ client }, args) {
    const requestUid = args.request_uid ?? '';
    const { deviceUids, resolutions } = await resolveDevices(client, args);
    const request = await unlessNotFound(getReachRequest(client, requestUid));
    if (!request) return { readable: `No Run Script request with UID ${requestUid} was found.`, raw: {} };
    const actions = deviceUids.length > 0 ? await listReachActions(client, requestUid, deviceUids) : undefined;
    const actionsText = actions
      ? `\n${deviceActionsTable('Run Script Actions:', actions)}`
      : "\nGive device_ids, device_names or serial_numbers to see those devices' actions " +
        '(Absolute lists Reach actions only for named devices).';
    return {
      readable: `${reachRequestsTable(`Run Script Request ${requestUid}:`, [request])}${actionsText}\n${describeResolutions(resolutions)}`,
      raw: { request, actions: actions ?? [] },
      outputs: [{ ...REACH_REQUEST_KEY, value: [reachRequestContext(request, actions)] }],
    };
  },
});

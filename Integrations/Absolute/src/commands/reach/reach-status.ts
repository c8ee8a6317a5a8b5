import { getReachRequest, listReachActions, REACH_ACTION_DEVICES_MAX, type ApiReachRequest } from '../../absolute/api/reach';
import type { ApiDeviceAction } from '../../absolute/api/types';
import type { AbsoluteClient } from '../../absolute/client';
import type { CommandResults } from '../../xsoar/entry';
import { deviceActionsTable, waitingDevices } from '../device-action-context';
import { FINAL_REQUEST_STATUSES, pollingArgs, schedule, type PollingSettings } from '../polling';
import { REACH_REQUEST_KEY, reachRequestContext, reachRequestsTable } from './reach-request-view';

/** Devices whose UIDs travel in the polling arguments, so the final round can list their actions. */
export const REACH_POLLED_DEVICES_MAX = REACH_ACTION_DEVICES_MAX;

/**
 * One polling round for Run Script requests. The API lists a request's actions only for named
 * devices, so the final round reads them for the devices carried in `device_ids`. `script_uid`
 * travels along because the command requires it; a polling run only reads.
 */
export async function reachStatusResult(
  client: AbsoluteClient,
  requestUids: readonly string[],
  deviceUids: readonly string[],
  args: PollingSettings & { script_uid: string },
  command: string,
): Promise<CommandResults> {
  const requests: ApiReachRequest[] = [];
  for (const uid of requestUids) requests.push((await getReachRequest(client, uid)) ?? { requestUid: uid });
  const open = requests.filter((r) => !FINAL_REQUEST_STATUSES.has(String(r.requestStatus)));
  if (open.length > 0 && args.polling) {
    const waiting = waitingDevices(open);
    const settings = {
      script_uid: args.script_uid,
      polling: true,
      interval_in_seconds: args.interval_in_seconds,
      timeout_in_seconds: args.timeout_in_seconds,
      device_ids: deviceUids,
    };
    const readable = `Waiting for ${open.length} Run Script request(s) to finish (${waiting} device action(s) pending or processing).`;
    return schedule({ readable, raw: requests }, command, args, pollingArgs(settings, requestUids), waiting);
  }
  const actions: ApiDeviceAction[] = [];
  for (const uid of requestUids) actions.push(...(await listReachActions(client, uid, deviceUids)));
  const note = deviceUids.length === 0 ? '\nPer-device actions: run absolute-reach-request-get with the request UID and the devices.' : '';
  return {
    readable: `${reachRequestsTable('Reach Run Script Requests:', requests)}\n${deviceActionsTable('Run Script Actions:', actions)}${note}`,
    raw: { requests, actions },
    outputs: [{ ...REACH_REQUEST_KEY, value: requests.map((r) => reachRequestContext(r, actions)) }],
  };
}

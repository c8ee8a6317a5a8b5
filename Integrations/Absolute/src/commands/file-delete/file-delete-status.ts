import {
  getFileDeleteRequest,
  listFileDeleteActions,
  type ApiFileDeleteAction,
  type ApiFileDeleteRequest,
} from '../../absolute/api/file-delete';
import type { AbsoluteClient } from '../../absolute/client';
import type { CommandResults } from '../../xsoar/entry';
import { deviceActionsTable, waitingDevices } from '../device-action-context';
import { FINAL_REQUEST_STATUSES, pollingArgs, schedule, type PollingSettings } from '../polling';
import { FILE_DELETE_REQUEST_KEY, fileDeleteRequestContext, fileDeleteRequestsTable } from './file-delete-view';

/** Actions read per request for a final result; the same bound as wipe's. */
export const FILE_DELETE_ACTIONS_MAX = 10_000;

/**
 * One polling round for File Delete requests: "check again", or the outcome with every device's
 * action. `wipe_type` travels along because the command requires it; a polling run only reads.
 */
export async function fileDeleteStatusResult(
  client: AbsoluteClient,
  requestUids: readonly string[],
  args: PollingSettings & { wipe_type: string },
  command: string,
): Promise<CommandResults> {
  const requests: ApiFileDeleteRequest[] = [];
  for (const uid of requestUids) requests.push((await getFileDeleteRequest(client, uid)) ?? { requestUid: uid });
  const open = requests.filter((r) => !FINAL_REQUEST_STATUSES.has(String(r.requestStatus)));
  if (open.length > 0 && args.polling) {
    const waiting = waitingDevices(open);
    const next = pollingArgs(
      {
        wipe_type: args.wipe_type,
        polling: true,
        interval_in_seconds: args.interval_in_seconds,
        timeout_in_seconds: args.timeout_in_seconds,
      },
      requestUids,
    );
    return schedule(
      {
        readable: `Waiting for ${open.length} File Delete request(s) to finish (${waiting} device action(s) pending or processing).`,
        raw: requests,
      },
      command,
      args,
      next,
      waiting,
    );
  }
  const actions: ApiFileDeleteAction[] = [];
  for (const uid of requestUids) actions.push(...(await listFileDeleteActions(client, uid, FILE_DELETE_ACTIONS_MAX)));
  return {
    readable: `${fileDeleteRequestsTable('File Delete Requests:', requests)}\n${deviceActionsTable('File Delete Actions:', actions)}`,
    raw: { requests, actions },
    outputs: [{ ...FILE_DELETE_REQUEST_KEY, value: requests.map((r) => fileDeleteRequestContext(r, actions)) }],
  };
}

import { getWipeRequest, listWipeActions, type ApiWipeRequest } from '../../absolute/api/wipe';
import type { AbsoluteClient } from '../../absolute/client';
import type { CommandResults } from '../../xsoar/entry';
import { FINAL_REQUEST_STATUSES, pollingArgs, schedule, type PollingSettings } from '../polling';
import { wipeActionContext, wipeActionsTable, wipeRequestContext, wipeRequestsTable } from './wipe-request-view';

/**
 * One polling round for wipe requests: their status, and either "check again" or the final
 * outcome with every device's action.
 */
export async function wipeStatusResult(
  client: AbsoluteClient,
  requestUids: readonly string[],
  args: PollingSettings & Record<string, unknown>,
  command: string,
): Promise<CommandResults> {
  const requests: ApiWipeRequest[] = [];
  for (const uid of requestUids) requests.push((await getWipeRequest(client, uid)) ?? { requestUid: uid });
  const open = requests.filter((r) => !FINAL_REQUEST_STATUSES.has(String(r.requestStatus)));
  if (open.length > 0 && args.polling) {
    const waiting = open.reduce((n, r) => n + (r.pending ?? 0) + (r.processing ?? 0), 0);
    const next = pollingArgs(
      { polling: true, interval_in_seconds: args.interval_in_seconds, timeout_in_seconds: args.timeout_in_seconds },
      requestUids,
    );
    return schedule(
      {
        readable: `Waiting for ${open.length} wipe request(s) to finish (${waiting} device action(s) pending or processing).`,
        raw: requests,
      },
      command,
      args,
      next,
      waiting,
    );
  }
  const actions = [];
  for (const uid of requestUids) actions.push(...(await listWipeActions(client, { requestUid: uid, deviceUids: [] }, 10_000)));
  return {
    readable: `${wipeRequestsTable('Wipe Requests:', requests)}\n${wipeActionsTable('Wipe Actions:', actions)}`,
    raw: { requests, actions },
    outputs: [
      { prefix: 'Absolute.WipeRequest', keyField: 'requestUid', value: requests.map(wipeRequestContext) },
      { prefix: 'Absolute.WipeAction', keyField: 'actionUid', value: actions.map(wipeActionContext) },
    ],
  };
}

import { getEumRequest, listEumActions, type ApiEumRequest } from '../../absolute/api/eum';
import type { AbsoluteClient } from '../../absolute/client';
import { AbsoluteError } from '../../absolute/errors';
import type { CommandResults } from '../../xsoar/entry';
import { FINAL_REQUEST_STATUSES, pollingArgs, schedule, type PollingSettings } from '../polling';
import { devicesTable, requestsTable, userMessageRequestContext } from './user-message-view';

export const SEND_COMMAND = 'absolute-device-user-message-send';

/**
 * One polling round of Send Message requests: while any is open, check again; then each request
 * with every device's action. A scheduled message stays open until its time (and its user's reply).
 */
export async function userMessageStatus(
  client: AbsoluteClient,
  requestUids: readonly string[],
  settings: PollingSettings,
): Promise<CommandResults> {
  const requests: ApiEumRequest[] = [];
  for (const uid of requestUids) {
    const request = await getEumRequest(client, uid);
    if (!request) throw new AbsoluteError(`Absolute has no Send Message request ${uid}; it may have been deleted in the console.`);
    requests.push(request);
  }
  const open = requests.filter((r) => !FINAL_REQUEST_STATUSES.has(String(r.requestStatus)));
  if (open.length > 0 && settings.polling) {
    const next = pollingArgs(
      { interval_in_seconds: settings.interval_in_seconds, timeout_in_seconds: settings.timeout_in_seconds },
      requestUids,
    );
    const waiting = open.reduce((n, r) => n + (Number(r.pending) || 0) + (Number(r.processing) || 0), 0);
    return schedule(
      { readable: `Waiting for ${open.length} Send Message request(s) to finish (${waiting} device(s) not done yet).`, raw: requests },
      SEND_COMMAND,
      settings,
      next,
      waiting,
    );
  }
  return readRequests(client, requests);
}

/** The requests with their per-device actions, as context and two tables. */
export async function readRequests(client: AbsoluteClient, requests: readonly ApiEumRequest[]): Promise<CommandResults> {
  const contexts = [];
  const actions = [];
  for (const r of requests) {
    const mine = r.requestUid ? await listEumActions(client, r.requestUid, 10_000) : [];
    actions.push(...mine);
    contexts.push(userMessageRequestContext(r, mine));
  }
  return {
    readable: `${requestsTable('Absolute Send Message requests:', contexts)}${devicesTable('Absolute Send Message devices:', contexts)}`,
    raw: { requests, actions },
    outputs: [{ prefix: 'Absolute.UserMessageRequest', keyField: 'RequestUID', value: contexts }],
  };
}

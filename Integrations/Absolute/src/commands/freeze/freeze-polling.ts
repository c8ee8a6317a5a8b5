import { freezeRequestRecords, type ApiFreezeRequestRecord } from '../../absolute/api/freeze';
import type { AbsoluteClient } from '../../absolute/client';
import type { CommandResults } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { FINAL_ACTION_STATUSES, schedule, type PollingSettings } from '../polling';
import { freezeOutcome, outcomeRow } from './freeze-outcome';
import { freezeRequestDetail } from './freeze-request-get';

/**
 * One polling round of freeze requests: while any device's action is not final, check again;
 * then the final outcome (accepted devices, refusals) and every device's record. A Scheduled or
 * OffLine freeze stays open until it triggers, so polling those runs until the timeout.
 */
export async function freezeStatusResult(
  client: AbsoluteClient,
  requestUids: readonly string[],
  settings: PollingSettings,
  nextArgs: Record<string, string>,
): Promise<CommandResults> {
  const all: Array<{ requestUid: string; records: ApiFreezeRequestRecord[] }> = [];
  for (const requestUid of requestUids) all.push({ requestUid, records: (await freezeRequestRecords(client, requestUid)) ?? [] });
  const records = all.flatMap((r) => r.records);
  const open = records.filter((r) => !FINAL_ACTION_STATUSES.has(String(r.actionStatus)));
  if (open.length > 0 && settings.polling) {
    return schedule(
      { readable: `Waiting for the freeze of ${open.length} of ${records.length} device(s) to finish.`, raw: records },
      'absolute-device-freeze-request',
      settings,
      nextArgs,
      open.length,
    );
  }
  const outcomes = all.map(({ requestUid, records: rs }) =>
    freezeOutcome(requestUid, rs.map((r) => r.deviceUid ?? '').filter(Boolean), rs),
  );
  const details = records.map(freezeRequestDetail);
  return {
    readable:
      tableToMarkdown('Absolute device freeze requests results', outcomes.map(outcomeRow), {
        headers: ['FailedDeviceUIDs', 'RequestUID', 'SucceededDeviceUIDs'],
        removeNull: true,
      }) +
      tableToMarkdown('Absolute Freeze request details', details, {
        headers: ['DeviceUid', 'ActionStatus', 'ActionStatusDetails', 'ActionRequestUid', 'ChangedUTC'],
        removeNull: true,
      }),
    raw: records,
    outputs: [
      { prefix: 'Absolute.FreezeRequest', keyField: 'RequestUID', value: outcomes },
      { prefix: 'Absolute.FreezeRequestDetail', keyField: 'ID', value: details },
    ],
  };
}

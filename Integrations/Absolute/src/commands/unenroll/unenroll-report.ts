import type { ApiUnenrollAction, ApiUnenrollRequest } from '../../absolute/api/unenroll';
import type { JsonObject } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { compact } from '../shared';

/** Action states in which the device will not be unenrolled. */
const REFUSED = new Set(['ineligible', 'failed', 'canceled']);

const REASON_BY_STATUS: Record<string, string> = {
  ineligible: 'not eligible: Absolute unenrolls only devices whose agent is active and that are not reported stolen',
  failed: 'the unenrollment action failed',
  canceled: 'the unenrollment action was canceled',
};
const NO_ACTION_REASON =
  'no unenrollment action was created: unknown device UID, a device this API token cannot see, or a missing device left out by exclude_missing_devices';

/** One request as sent and read back. */
export interface UnenrollResult {
  requestUid: string;
  sent: readonly string[];
  summary: ApiUnenrollRequest | undefined;
  actions: readonly ApiUnenrollAction[];
  /** Why the summary or actions could not be read, when they could not. */
  readError?: string;
}

/** `Absolute.DeviceUnenroll` as the official 2.x pack writes it: the summary plus `Devices`. */
export function unenrollContext(result: UnenrollResult): JsonObject {
  const s = result.summary ?? {};
  return {
    ...compact({
      TotalDevices: s.totalDevices,
      Pending: s.pending,
      Processing: s.processing,
      Completed: s.completed,
      Canceled: s.canceled,
      Failed: s.failed,
      RequestId: s.requestId,
      RequestUid: s.requestUid ?? result.requestUid,
      RequestStatus: s.requestStatus,
      CreatedDateTimeUtc: s.createdDateTimeUtc,
      UpdatedDateTimeUtc: s.updatedDateTimeUtc,
      Requester: s.requester,
      ExcludeMissingDevices: s.excludeMissingDevices,
    }),
    Devices: result.actions.map((a) =>
      compact({
        DeviceUid: a.deviceUid,
        ActionUid: a.actionUid,
        RequestUid: a.requestUid,
        DeviceName: a.deviceName,
        ActionStatus: a.actionStatus,
        ESN: a.esn,
        CreatedDateTimeUtc: a.createdDateTimeUtc,
        UpdatedDateTimeUtc: a.updatedDateTimeUtc,
      }),
    ),
  };
}

/** The official two tables, then the devices that will not be unenrolled and why. */
export function unenrollReadable(result: UnenrollResult, context: JsonObject): string {
  const accepted = result.actions.filter((a) => !REFUSED.has(String(a.actionStatus).toLowerCase()));
  let out = tableToMarkdown('Absolute Unenroll request data:', context, {
    headers: ['RequestUid', 'RequestStatus', 'TotalDevices'],
    removeNull: true,
  });
  out += tableToMarkdown(
    'Absolute unenrolled devices:',
    accepted.map((a) => compact({ DeviceUid: a.deviceUid, DeviceName: a.deviceName, ESN: a.esn, ActionStatus: a.actionStatus })),
    {
      headers: ['DeviceUid', 'DeviceName', 'ESN', 'ActionStatus'],
      removeNull: true,
    },
  );
  if (result.readError) {
    return `${out}The request was created, but its outcome could not be read (${result.readError}); nothing is known about which devices will be unenrolled.\n`;
  }
  const refused = notUnenrolled(result);
  if (refused.length > 0) {
    out += tableToMarkdown('Devices Absolute will not unenroll:', refused, {
      headers: ['DeviceUid', 'DeviceName', 'ActionStatus', 'Reason'],
      removeNull: true,
    });
  }
  return out;
}

function notUnenrolled(result: UnenrollResult): JsonObject[] {
  const rows: JsonObject[] = [];
  const seen = new Set(result.actions.map((a) => a.deviceUid?.toLowerCase()));
  for (const a of result.actions) {
    const status = String(a.actionStatus).toLowerCase();
    if (!REFUSED.has(status)) continue;
    const reason = a.actionStatusDetails ?? REASON_BY_STATUS[status] ?? `action status ${a.actionStatus}`;
    rows.push(compact({ DeviceUid: a.deviceUid, DeviceName: a.deviceName, ActionStatus: a.actionStatus, Reason: reason }));
  }
  for (const uid of result.sent) {
    if (!seen.has(uid.toLowerCase())) rows.push({ DeviceUid: uid, ActionStatus: 'None', Reason: NO_ACTION_REASON });
  }
  return rows;
}

import type { ApiFreezeError, ApiFreezeRequestRecord } from '../../absolute/api/freeze';
import type { JsonObject } from '../../xsoar/entry';

/** Record states in which Absolute will not freeze the device. */
const REFUSED = new Set(['ineligible', 'failed']);

export const NO_RECORD_KEY = 'NoFreezeRecord';
export const OUTCOME_UNKNOWN_KEY = 'FreezeOutcomeUnknown';

export type FreezeError = {
  message: string;
  messageKey: string;
  detail: { deviceUids: string[] };
};

/** `Absolute.FreezeRequest`: what the API accepted, and why the rest was refused. */
export type FreezeOutcome = {
  RequestUID: string;
  SucceededDeviceUIDs: string[];
  Errors?: FreezeError[];
};

/**
 * Sorts the devices sent in one request into accepted and refused, from the request's own
 * per-device records (the create call returns only the request id). A device the request has no
 * record of was not accepted either.
 */
export function freezeOutcome(
  requestUid: string,
  sent: readonly string[],
  records: readonly ApiFreezeRequestRecord[],
  createErrors: readonly ApiFreezeError[] = [],
): FreezeOutcome {
  const errors = new ErrorGroups();
  const reported = new Set<string>();
  for (const e of createErrors) {
    const uids = e.detail?.deviceUids ?? [];
    uids.forEach((u) => reported.add(u.toLowerCase()));
    errors.add(e.messageKey ?? 'FreezeRequestError', e.message ?? 'Absolute refused these devices.', uids);
  }
  const byDevice = new Map<string, ApiFreezeRequestRecord>();
  for (const r of records) if (r.deviceUid) byDevice.set(r.deviceUid.toLowerCase(), r);
  const succeeded: string[] = [];
  for (const uid of sent) {
    if (reported.has(uid.toLowerCase())) continue;
    const record = byDevice.get(uid.toLowerCase());
    if (!record) {
      errors.add(
        NO_RECORD_KEY,
        'Absolute created no freeze record for this device (unknown device UID, or a device this API token cannot see).',
        [uid],
      );
    } else if (REFUSED.has(String(record.actionStatus).toLowerCase())) {
      const latest = record.statuses?.at(-1);
      const message = record.actionStatusDetails ?? latest?.message ?? `Absolute marked the device ${record.actionStatus}.`;
      errors.add(latest?.messageKey ?? `Freeze${record.actionStatus}`, message, [uid]);
    } else {
      succeeded.push(uid);
    }
  }
  const outcome: FreezeOutcome = { RequestUID: requestUid, SucceededDeviceUIDs: succeeded };
  if (errors.size > 0) outcome.Errors = errors.list();
  return outcome;
}

/** The request exists but its records could not be read: nothing can be called accepted. */
export function unknownOutcome(requestUid: string, sent: readonly string[], reason: string): FreezeOutcome {
  return {
    RequestUID: requestUid,
    SucceededDeviceUIDs: [],
    Errors: [
      {
        message: `The freeze request was created, but its device records could not be read (${reason}). Check it with absolute-device-freeze-request-get request_uid=${requestUid}.`,
        messageKey: OUTCOME_UNKNOWN_KEY,
        detail: { deviceUids: [...sent] },
      },
    ],
  };
}

/** The official HR row: the failures are shown as "Failed UID" / "Error Message" pairs. */
export function outcomeRow(outcome: FreezeOutcome): JsonObject {
  const row: JsonObject = { RequestUID: outcome.RequestUID, SucceededDeviceUIDs: outcome.SucceededDeviceUIDs };
  if (outcome.Errors) {
    row['FailedDeviceUIDs'] = outcome.Errors.map((e) => ({ 'Failed UID': e.detail.deviceUids.join(','), 'Error Message': e.message }));
  }
  return row;
}

/** Devices refused for the same reason are reported together, as the API's own errors are. */
class ErrorGroups {
  private readonly groups = new Map<string, FreezeError>();

  get size(): number {
    return this.groups.size;
  }

  add(messageKey: string, message: string, deviceUids: readonly string[]): void {
    const key = `${messageKey}\u0000${message}`;
    const group = this.groups.get(key) ?? { message, messageKey, detail: { deviceUids: [] } };
    group.detail.deviceUids.push(...deviceUids);
    this.groups.set(key, group);
  }

  list(): FreezeError[] {
    return [...this.groups.values()];
  }
}

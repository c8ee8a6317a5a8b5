import type { ApiMissingDevice, ApiMissingOutcome } from '../../absolute/api/missing';
import type { JsonObject } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { compact } from '../shared';

export type MissingAction = 'ReportMissing' | 'ReportFound';

/** A device Absolute answered nothing about (neither success nor failure): not reported either. */
const NO_ANSWER = 'Absolute did not report this device as done or failed';

/**
 * `Absolute.MissingDevice` rows for every device sent: succeeded, or failed with the reason from
 * `deviceMissingFailDetails`. `IsMissing` is set only when the outcome proves it.
 */
export function outcomeRows(
  action: MissingAction,
  sent: readonly string[],
  outcomes: readonly ApiMissingOutcome[],
  emailContacts: readonly string[] = [],
): JsonObject[] {
  const succeeded = new Set(outcomes.flatMap((o) => o.successDeviceUids ?? []).map((u) => String(u).toLowerCase()));
  const reasons = new Map<string, string>();
  for (const o of outcomes) {
    for (const uid of o.failDeviceUids ?? []) reasons.set(String(uid).toLowerCase(), 'Absolute refused this device');
    for (const d of o.deviceMissingFailDetails ?? []) {
      const uid = d.deviceUid?.toLowerCase();
      if (uid) reasons.set(uid, d.reason ?? 'Absolute refused this device');
    }
  }
  return sent.map((uid) => {
    const ok = succeeded.has(uid) && !reasons.has(uid);
    return compact({
      DeviceUID: uid,
      LastAction: action,
      LastActionSucceeded: ok,
      FailureReason: ok ? undefined : (reasons.get(uid) ?? NO_ANSWER),
      IsMissing: ok ? action === 'ReportMissing' : undefined,
      EmailContacts: ok && action === 'ReportMissing' ? [...emailContacts] : undefined,
    });
  });
}

export function outcomeTable(title: string, rows: readonly JsonObject[]): string {
  const view = rows.map((r) => ({
    DeviceUID: r['DeviceUID'] ?? null,
    Result: r['LastActionSucceeded'] ? 'Succeeded' : 'Failed',
    Reason: r['FailureReason'] ?? null,
  }));
  return tableToMarkdown(title, view, { headers: ['DeviceUID', 'Result', 'Reason'], removeNull: true });
}

/** A listed missing device as `Absolute.MissingDevice`. */
export function missingDeviceContext(d: ApiMissingDevice): JsonObject {
  return compact({
    DeviceUID: d.deviceUid?.toLowerCase(),
    IsMissing: true,
    CreationDateTimeUtc: d.creationDateTimeUtc,
    LastNotificationDateTimeUtc: d.lastNotificationDateTimeUtc,
    EmailContacts: Array.isArray(d.emailContacts) ? d.emailContacts.map(String) : undefined,
  });
}

import { createHash } from 'node:crypto';
import { processingStartMs, finishMs } from '../state/action-progress';
import type { FreezeDeviceRecord, FreezeStore } from '../state/freeze-store';
import { isoMs } from '../util/time';

/** Turns a freeze record into the DfzAction shape, with the history reached by `nowMs`. */
export function freezeRecordView(store: FreezeStore, record: FreezeDeviceRecord, nowMs: number, progressMs: number) {
  const { request } = record;
  const status = store.status(record, nowMs);
  const statuses = history(record, status, nowMs, progressMs);
  const changedMs = statuses.reduce((latest, s) => Math.max(latest, s.atMs), request.createdMs);
  const salt = createHash('sha256').update(record.id).digest('hex').slice(0, 16);
  return {
    id: record.id,
    deviceUid: record.deviceUid,
    requestUid: request.requestUid,
    requestTitle: request.requestTitle,
    requester: request.requester,
    notificationEmails: request.notificationEmails,
    eventHistoryId: `DeviceFreeze-${record.id.slice(0, 4).toUpperCase()}`,
    isCurrent: record.isCurrent,
    isDownloaded: statuses.some((s) => s.status === 'Processing'),
    policyGroupUid: record.policyGroupUid,
    statuses: statuses.map(({ atMs: _at, ...rest }) => rest),
    configuration: {
      action: 'DFZ',
      type: request.type,
      messageName: request.messageName,
      freezeMessage: request.message,
      html: request.message,
      htmlClear: request.message,
      passcodeOption: request.passcodeOption,
      passcodeLength: request.passcodeLength,
      passcodeClear: record.passcode,
      passcodeSalt: salt,
      passcodeHashed: createHash('sha256')
        .update(salt + record.passcode)
        .digest('hex'),
      freezeId: request.freezeId,
      issuedDateTimeUTC: isoMs(request.createdMs),
      conditions: conditions(record),
      disableRemoteLogin: false,
      disableFileSharing: false,
      forceReboot: false,
      preLoginEnabled: false,
    },
    createdDateTimeUtc: isoMs(request.createdMs),
    changedDateTimeUtc: isoMs(changedMs),
    actionStatus: status,
    ...(record.ineligibleReason ? { actionStatusDetails: record.ineligibleReason } : {}),
    ...(status === 'Canceled' ? { actionStatusDetails: 'The freeze was removed before it completed' } : {}),
  };
}

function conditions(record: FreezeDeviceRecord) {
  const { request } = record;
  if (request.type === 'Scheduled' && request.scheduledMs !== undefined)
    return [{ scheduledFreezeDateTimeUtc: isoMs(request.scheduledMs) }];
  if (request.type === 'OffLine' && request.offlineTimeSeconds !== undefined) return [{ secondsUntilFreeze: request.offlineTimeSeconds }];
  return [];
}

interface StatusEntry {
  atMs: number;
  actionUid: string;
  status: string;
  eventType: string;
  updatedBy: string;
  updatedDateTimeUtc: string;
  messageKey?: string;
  message?: string;
  ackClientDateTimeUtc?: string;
  scheduledFreezeDateTimeUtc?: string;
}

function history(record: FreezeDeviceRecord, status: string, nowMs: number, progressMs: number): StatusEntry[] {
  const { request } = record;
  const entry = (atMs: number, fields: Omit<StatusEntry, 'atMs' | 'actionUid' | 'updatedDateTimeUtc'>): StatusEntry => ({
    atMs,
    actionUid: record.actionUid,
    updatedDateTimeUtc: isoMs(atMs),
    ...fields,
  });
  if (record.ineligibleReason) {
    const reason = record.ineligibleReason;
    return [
      entry(request.createdMs, {
        status: 'Ineligible',
        eventType: 'FreezeIneligible',
        updatedBy: 'System',
        messageKey: 'DFZ_INELIGIBLE',
        message: reason,
      }),
    ];
  }
  const until = Math.min(nowMs, record.endedMs ?? nowMs);
  const entries = [
    entry(request.createdMs, {
      status: 'Pending',
      eventType: 'FreezeRequested',
      updatedBy: request.requester,
      messageKey: 'DFZ_REQUESTED',
      message: 'Freeze requested',
    }),
  ];
  const processingAt = processingStartMs(request.createdMs, progressMs);
  if (until >= processingAt) {
    entries.push(
      entry(processingAt, {
        status: 'Processing',
        eventType: 'FreezeDownloaded',
        updatedBy: 'Agent',
        ackClientDateTimeUtc: isoMs(processingAt),
      }),
    );
  }
  const doneAt = finishMs(request.createdMs, progressMs);
  if (status === 'Succeeded' || (record.endedMs !== undefined && record.endedMs >= doneAt)) {
    const eventType =
      request.type === 'OnDemand' ? 'Frozen' : request.type === 'Scheduled' ? 'FreezeScheduled' : 'FreezeConditionOfflineSet';
    entries.push(
      entry(doneAt, {
        status: 'Succeeded',
        eventType,
        updatedBy: 'Agent',
        ...(request.scheduledMs !== undefined ? { scheduledFreezeDateTimeUtc: isoMs(request.scheduledMs) } : {}),
      }),
    );
  }
  if (record.endedMs !== undefined && record.endedMs <= nowMs) {
    const canceled = status === 'Canceled';
    entries.push(
      entry(record.endedMs, {
        status: canceled ? 'Canceled' : 'Unfrozen',
        eventType: 'FreezeRemoved',
        updatedBy: record.endedBy ?? 'System',
      }),
    );
  }
  return entries;
}

import type { ApiEumMessage, ApiEumRequest } from '../../absolute/api/eum';
import type { ApiDeviceAction } from '../../absolute/api/types';
import type { JsonObject } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { compact } from '../shared';

const REQUEST_HEADERS = [
  'RequestUID',
  'RequestID',
  'RequestStatus',
  'TotalDevices',
  'Pending',
  'Processing',
  'Completed',
  'Failed',
  'Canceled',
  'ScheduledDateTimeUtc',
  'CreatedDateTimeUtc',
];
const DEVICE_HEADERS = ['RequestUID', 'DeviceUID', 'DeviceName', 'ActionStatus', 'ActionStatusDetails', 'UpdatedDateTimeUtc'];

/** `Absolute.UserMessageRequest`: the request's counters and settings, and each device's action when read. */
export function userMessageRequestContext(r: ApiEumRequest, actions?: readonly ApiDeviceAction[]): JsonObject {
  const context = compact({
    RequestUID: r.requestUid?.toLowerCase(),
    RequestID: r.requestId,
    RequestStatus: r.requestStatus,
    TotalDevices: r.totalDevices,
    Pending: r.pending,
    Processing: r.processing,
    Completed: r.completed,
    Canceled: r.canceled,
    Failed: r.failed,
    CreatedDateTimeUtc: r.createdDateTimeUtc,
    UpdatedDateTimeUtc: r.updatedDateTimeUtc,
    Requester: r.requester,
    ScheduledDateTimeUtc: r.scheduledDateTimeUtc,
    Message: r.message,
    SnoozeTimes: r.snoozeTimes,
    DisplayMode: r.displayMode,
    SubmitButtonCaption: r.submitButtonCaption,
  });
  if (actions) context['Devices'] = actions.map(deviceActionContext);
  return context;
}

function deviceActionContext(a: ApiDeviceAction): JsonObject {
  return compact({
    ActionUID: a.actionUid,
    DeviceUID: a.deviceUid?.toLowerCase(),
    DeviceName: a.deviceName,
    ESN: a.esn,
    ActionStatus: a.actionStatus,
    ActionStatusDetails: a.actionStatusDetails,
    UpdatedDateTimeUtc: a.updatedDateTimeUtc,
  });
}

export function requestsTable(title: string, contexts: readonly JsonObject[]): string {
  return tableToMarkdown(title, contexts, { headers: REQUEST_HEADERS, removeNull: true });
}

/** One row per device action of the given requests (empty string when none were read). */
export function devicesTable(title: string, contexts: readonly JsonObject[]): string {
  const rows = contexts.flatMap((c) =>
    (Array.isArray(c['Devices']) ? c['Devices'] : []).map((d) => ({ RequestUID: c['RequestUID'] ?? null, ...(d as JsonObject) })),
  );
  return rows.length > 0 ? tableToMarkdown(title, rows, { headers: DEVICE_HEADERS, removeNull: true }) : '';
}

/** `Absolute.UserMessage`: a saved End User Message (the logo image stays in the raw response). */
export function userMessageContext(m: ApiEumMessage): JsonObject {
  return compact({
    MessageUID: m.messageUid?.toLowerCase(),
    Name: m.name,
    Content: m.content,
    CreatedDateTimeUtc: m.createdDateTimeUtc,
    UpdatedDateTimeUtc: m.updatedDateTimeUtc,
    CreatedByUserUID: m.createdByUserUid,
    UpdatedByUserUID: m.updatedByUserUid,
  });
}

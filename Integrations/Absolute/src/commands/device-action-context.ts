import type { ApiActionRequest, ApiDeviceAction } from '../absolute/api/types';
import type { JsonObject } from '../xsoar/entry';
import { tableToMarkdown } from '../xsoar/table';
import { compact, str } from './shared';

/**
 * Context and tables shared by the Reach and File Delete request commands: the request's counters
 * and each device's action, in the pack's PascalCase context style.
 */
export function requestCountersContext(request: ApiActionRequest): JsonObject {
  return compact({
    RequestUID: request.requestUid,
    RequestStatus: request.requestStatus,
    TotalDevices: request.totalDevices,
    Pending: request.pending,
    Processing: request.processing,
    Completed: request.completed,
    Canceled: request.canceled,
    Failed: request.failed,
    Requester: request.requester,
    CreatedDateTimeUtc: request.createdDateTimeUtc,
    UpdatedDateTimeUtc: request.updatedDateTimeUtc,
  });
}

/** Table columns every Reach and File Delete request shows after the ones of its own kind. */
export const REQUEST_PROGRESS_HEADERS = [
  'Request Status',
  'Total Devices',
  'Pending',
  'Processing',
  'Completed',
  'Canceled',
  'Failed',
  'Created',
] as const;

export function requestProgressRow(request: ApiActionRequest): Record<(typeof REQUEST_PROGRESS_HEADERS)[number], string | number | null> {
  return {
    'Request Status': str(request.requestStatus) ?? '',
    'Total Devices': request.totalDevices ?? null,
    Pending: request.pending ?? null,
    Processing: request.processing ?? null,
    Completed: request.completed ?? null,
    Canceled: request.canceled ?? null,
    Failed: request.failed ?? null,
    Created: str(request.createdDateTimeUtc) ?? '',
  };
}

export function deviceActionContext(action: ApiDeviceAction & { certificateUid?: unknown }): JsonObject {
  return compact({
    ActionUID: action.actionUid,
    DeviceUID: action.deviceUid,
    DeviceName: action.deviceName,
    ESN: action.esn,
    ActionStatus: action.actionStatus,
    ActionStatusDetails: action.actionStatusDetails,
    CertificateUID: str(action.certificateUid),
    CreatedDateTimeUtc: action.createdDateTimeUtc,
    UpdatedDateTimeUtc: action.updatedDateTimeUtc,
  });
}

const ACTION_HEADERS = ['Action UID', 'Device UID', 'Device Name', 'Action Status', 'Details', 'Updated'];

export function deviceActionsTable(title: string, actions: readonly ApiDeviceAction[]): string {
  const rows = actions.map((a) => ({
    'Action UID': str(a.actionUid) ?? '',
    'Device UID': str(a.deviceUid) ?? '',
    'Device Name': str(a.deviceName) ?? '',
    'Action Status': str(a.actionStatus) ?? '',
    Details: str(a.actionStatusDetails) ?? '',
    Updated: str(a.updatedDateTimeUtc) ?? '',
  }));
  return tableToMarkdown(title, rows, { headers: ACTION_HEADERS });
}

/** A counter from the API, or 0 when it is missing or not a number. */
export function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Devices of open requests still waiting or running, for the polling message. */
export function waitingDevices(requests: readonly ApiActionRequest[]): number {
  return requests.reduce((n, r) => n + count(r.pending) + count(r.processing), 0);
}

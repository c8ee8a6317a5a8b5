import type { ApiWipeAction, ApiWipeRequest } from '../../absolute/api/wipe';
import type { JsonObject } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { compact } from '../shared';

/** The official column names of the wipe request tables. */
const REQUEST_COLUMNS: Record<string, string> = {
  requestId: 'Request Id',
  requestUid: 'Request Uid',
  requestStatus: 'Request Status',
  totalDevices: 'Total Devices',
  pending: 'Pending',
  processing: 'Processing',
  completed: 'Completed',
  canceled: 'Canceled',
  failed: 'Failed',
};

const ACTION_COLUMNS: Record<string, string> = {
  actionUid: 'Action Uid',
  requestUid: 'Request Uid',
  deviceUid: 'Device Uid',
  deviceName: 'Device Name',
  esn: 'Esn',
  actionStatus: 'Action Status',
};

/** Context keeps the API's own keys (as the official pack did), minus the Mac password. */
export function wipeRequestContext(request: ApiWipeRequest): JsonObject {
  return compact({ ...request, macPwd: undefined });
}

export function wipeActionContext(action: ApiWipeAction): JsonObject {
  return compact({ ...action });
}

export function wipeRequestsTable(title: string, requests: readonly ApiWipeRequest[]): string {
  return renamed(title, requests, REQUEST_COLUMNS);
}

export function wipeActionsTable(title: string, actions: readonly ApiWipeAction[]): string {
  return renamed(title, actions, ACTION_COLUMNS);
}

function renamed(title: string, rows: readonly Record<string, unknown>[], columns: Record<string, string>): string {
  const table = rows.map((row) =>
    Object.fromEntries(Object.entries(columns).map(([key, label]) => [label, (row[key] ?? null) as JsonObject[string]])),
  );
  return tableToMarkdown(title, table, { headers: Object.values(columns) });
}

/** What every per-device action keeps, whichever request (unenroll, wipe, Reach, File Delete, Send Message) made it. */
export interface DeviceActionBase {
  actionUid: string;
  deviceIndex: number;
  deviceUid: string;
  deviceName: string;
  esn: string;
  /** Why the device could not take the action; the action reads as Failed from the start. */
  failureReason?: string;
  canceledMs?: number;
}

/** The per-status counts every action request reports. */
export interface RequestCounters {
  totalDevices: number;
  pending: number;
  processing: number;
  completed: number;
  canceled: number;
  failed: number;
}

/** Ready (a Send Message waiting for its time) counts as pending, Succeeded as completed: the schema has no counter of its own for either. */
export function countStatuses(statuses: readonly string[]): RequestCounters {
  const counters: RequestCounters = { totalDevices: statuses.length, pending: 0, processing: 0, completed: 0, canceled: 0, failed: 0 };
  for (const status of statuses) {
    if (status === 'Pending' || status === 'Ready') counters.pending += 1;
    else if (status === 'Processing') counters.processing += 1;
    else if (status === 'Canceled') counters.canceled += 1;
    else if (status === 'Failed') counters.failed += 1;
    else counters.completed += 1;
  }
  return counters;
}

/** InProgress while any action is open; Failed or Canceled when every action is; otherwise Completed. */
export function settledRequestStatus(c: RequestCounters): string {
  if (c.pending + c.processing > 0) return 'InProgress';
  if (c.totalDevices > 0 && c.failed === c.totalDevices) return 'Failed';
  if (c.totalDevices > 0 && c.canceled === c.totalDevices) return 'Canceled';
  return 'Completed';
}

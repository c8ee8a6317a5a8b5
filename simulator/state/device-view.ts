import type { Fleet } from '../fleet/fleet';
import type { DeviceFreezeStatus, DeviceReport } from '../fleet/device-report';
import { isoMs } from '../util/time';
import { finishMs } from './action-progress';
import type { CustomFieldStore } from './custom-field-store';
import type { DeviceActionStore } from './device-action-store';
import type { FreezeStore } from './freeze-store';
import { deviceGroupIdsFor } from '../fleet/device-groups';
import type { IncidentState } from './incident/incident-state';
import { applyMissingStatus } from './incident/missing-status';
import type { RemoteActionState } from './remote-action-state';

/** What a device's current report is assembled from. */
export interface DeviceViewSources {
  fleet: Fleet;
  overrides: ReadonlyMap<number, Partial<DeviceReport>>;
  customFields: CustomFieldStore;
  freeze: FreezeStore;
  unenroll: DeviceActionStore;
  wipe: DeviceActionStore;
  remoteActions: RemoteActionState;
  actionProgressMs: number;
  incident: IncidentState;
}

/**
 * The device as the API reports it at `nowMs`: the generated report, then test overrides, custom
 * field writes, and the effects of freeze / unenroll / wipe actions that have completed by then.
 * Never mutates the shared generated report, and may return it: treat the result as read-only.
 */
export function renderDevice(sources: DeviceViewSources, index: number, nowMs: number): Readonly<DeviceReport> {
  const base = sources.fleet.baseReport(index);
  const overrides = sources.overrides.get(index);
  const touched =
    overrides !== undefined ||
    sources.customFields.has(index) ||
    sources.freeze.touches(index) ||
    sources.unenroll.touches(index) ||
    sources.wipe.touches(index) ||
    sources.incident.touches(index) ||
    sources.remoteActions.touches(index);
  // Most devices are never touched by the API; handing out the shared report avoids a copy per read.
  if (!touched) return base;
  const device: DeviceReport = { ...base, ...overrides };
  device.customFields = sources.customFields.apply(index, base.customFields);
  applyFreeze(sources, device, index, nowMs);
  applyUnenrollment(sources, device, index, nowMs);
  applyFileDeleteUnenrollment(sources, device, index, nowMs);
  applyMissingStatus(sources.incident, device, index);
  // Smart groups follow the live report (a device reported missing joins "Missing and stolen devices").
  device.deviceGroupIds = deviceGroupIdsFor(device, sources.fleet.identity(index));
  return device;
}

function applyFreeze(sources: DeviceViewSources, device: DeviceReport, index: number, nowMs: number): void {
  const { freeze } = sources;
  const initiallyFrozen = device.deviceFreezeStatus !== undefined && !freeze.initialFreezeRemoved.has(index);
  let frozen: DeviceFreezeStatus | undefined = initiallyFrozen ? device.deviceFreezeStatus : undefined;
  const reporting = new Set<string>(initiallyFrozen ? ['Frozen'] : []);
  const frozenBy = (passcode: string, sinceMs: number): DeviceFreezeStatus => ({
    statusCode: 'FRZN',
    statusName: 'Frozen',
    passCode: passcode,
    displayPassCode: 'true',
    changedDateTimeUtc: isoMs(sinceMs),
  });

  const onDemand = freeze.current(index, 'OnDemand');
  if (onDemand) {
    const status = freeze.status(onDemand, nowMs);
    if (status === 'Succeeded') {
      frozen = frozenBy(onDemand.passcode, finishMs(onDemand.request.createdMs, sources.actionProgressMs));
      reporting.add('Frozen');
    } else if (status === 'Pending' || status === 'Processing') {
      reporting.add('FreezeRequested');
    }
  }
  const scheduled = freeze.current(index, 'Scheduled');
  if (scheduled && freeze.status(scheduled, nowMs) !== 'Canceled') {
    const at = scheduled.request.scheduledMs ?? Infinity;
    if (freeze.status(scheduled, nowMs) === 'Succeeded' && nowMs >= at) {
      frozen = frozenBy(scheduled.passcode, at);
      reporting.add('FrozenOnSchedule');
    } else {
      reporting.add('FreezeScheduled');
    }
  }
  if (freeze.current(index, 'OffLine')) reporting.add('FreezeConditionOfflineSet');

  // Assign undefined rather than `delete`, which would push the object into slow dictionary mode.
  device.deviceFreezeStatus = frozen;
  device.deviceFreezeReportingStatuses = reporting.size > 0 ? [...reporting] : undefined;
}

function applyUnenrollment(sources: DeviceViewSources, device: DeviceReport, index: number, nowMs: number): void {
  for (const store of [sources.unenroll, sources.wipe]) {
    for (const action of store.actionsForDevice(index)) {
      if (!action.unenrollsDevice || action.failureReason) continue;
      const status = store.status(action, nowMs);
      const doneMs = store.succeededAt(action, nowMs);
      if (doneMs !== undefined) {
        device.agentStatus = 'D';
        device.unenrollmentDateTimeUtc = isoMs(doneMs);
        device.latestEvent = { eventStatus: 'Completed', eventDateTimeUtc: isoMs(doneMs) };
        return;
      }
      if (status === 'Pending' || status === 'Processing') {
        device.latestEvent = { eventStatus: status, eventDateTimeUtc: isoMs(store.updatedMs(action, nowMs)) };
      }
    }
  }
}

/** A File Delete of all user files un-enrolls Mac devices always, Windows devices when asked. */
function applyFileDeleteUnenrollment(sources: DeviceViewSources, device: DeviceReport, index: number, nowMs: number): void {
  if (device.agentStatus === 'D') return;
  const outcome = sources.remoteActions.unenrollment(index, nowMs);
  if (!outcome) return;
  if ('doneMs' in outcome) {
    device.agentStatus = 'D';
    device.unenrollmentDateTimeUtc = isoMs(outcome.doneMs);
    device.latestEvent = { eventStatus: 'Completed', eventDateTimeUtc: isoMs(outcome.doneMs) };
    return;
  }
  device.latestEvent = { eventStatus: outcome.status, eventDateTimeUtc: isoMs(outcome.sinceMs) };
}

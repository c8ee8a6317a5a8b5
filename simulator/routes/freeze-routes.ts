import { emitApiEvent } from '../events/api-events';
import type { DeviceReport } from '../fleet/device-report';
import { pageOfList, PAGE_LIMITS, readPageRequest } from '../server/paging';
import type { FreezeDeviceRecord, FreezeRequest } from '../state/freeze-store';
import { allowOnlyParams, optionalBoolean, requireObject, uuidList } from './body';
import { freezeRecordView } from './freeze-record-view';
import { parseFreezeRequest } from './freeze-request-body';
import { noteNewRequest } from './new-request-event';
import { requestedDevices } from './requested-devices';
import { requestInPath } from './request-in-path';
import type { RouteContext, RouteDefinition, RouteResult } from './route-types';

/** Freeze requests, their per-device records, and freeze removal (absolute-api.md §3.4). */
export function freezeRoutes(): RouteDefinition[] {
  return [
    { method: 'POST', path: '/v3/actions/requests/freeze', permissions: ['freeze.perform'], handle: createFreeze },
    // Documented as needing both Perform on Freeze Device and Remove Freeze.
    {
      method: 'GET',
      path: '/v3/actions/freeze/requests/{requestUid}',
      permissions: ['freeze.perform', 'freeze.remove'],
      handle: freezeDetails,
    },
    { method: 'POST', path: '/v3/actions/freeze/remove-freeze', permissions: ['freeze.remove'], handle: removeFreeze },
  ];
}

function createFreeze(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  const { state, now } = ctx;
  const body = parseFreezeRequest(ctx.body, state, now);
  const request: FreezeRequest = {
    requestUid: state.ids.uuid(),
    requestTitle: body.requestTitle,
    createdMs: now,
    requester: ctx.token.username,
    type: body.type,
    scheduledMs: body.scheduledMs,
    offlineTimeSeconds: body.offlineTimeSeconds,
    passcodeOption: body.passcodeOption,
    passcodeLength: body.passcodeLength,
    message: body.message,
    messageName: body.messageName,
    notificationEmails: body.notificationEmails,
    freezeId: state.ids.uuid(),
    records: [],
  };
  const sharedPasscode = body.passcode ?? state.ids.digits(body.passcodeLength);
  for (const { index, device } of requestedDevices(state, body.deviceUids, now)) {
    const record: FreezeDeviceRecord = {
      id: state.ids.uuid(),
      actionUid: state.ids.uuid(),
      request,
      deviceIndex: index,
      deviceUid: device.deviceUid,
      policyGroupUid: device.policyGroupUid,
      passcode: body.passcodeOption === 'RandomForEach' ? state.ids.digits(body.passcodeLength) : sharedPasscode,
      isCurrent: true,
    };
    const reason = ineligibility(device, body.type);
    if (reason) {
      record.ineligibleReason = reason;
      record.isCurrent = false;
    }
    request.records.push(record);
  }
  state.freeze.add(request);
  noteNewRequest(ctx, 'freeze', {
    eventType: 'DeviceFreezeRequested',
    objectType: 'FreezeRequest',
    objectName: request.requestTitle,
    objectId: request.requestUid,
    properties: [{ name: 'FreezeType', newValue: request.type }],
    deviceCount: request.records.length,
  });
  return { status: 200, data: { requestUid: request.requestUid } };
}

function ineligibility(device: DeviceReport, type: FreezeRequest['type']): string | undefined {
  if (device.isStolen) return 'The device is reported stolen; freeze is not available for stolen devices';
  if (device.agentStatus !== 'A') return `The device agent is not active (agentStatus ${device.agentStatus})`;
  if (type === 'Scheduled' && device.platformOSType === 'Chrome') return 'Scheduled freeze is supported on Windows and Mac devices only';
  return undefined;
}

function freezeDetails(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, ['nextPage', 'pageSize']);
  const request = requestInPath(ctx, (uid) => ctx.state.freeze.requests.get(uid));
  const page = pageOfList(request.records, readPageRequest(ctx.query, PAGE_LIMITS.standard, ctx.fingerprint));
  const data = page.items.map((record) => freezeRecordView(ctx.state.freeze, record, ctx.now, ctx.state.actionProgressMs));
  return { status: 200, data, ...(page.nextPage ? { nextPage: page.nextPage } : {}) };
}

/**
 * Unfreezes frozen devices and cancels freezes that have not completed. Scheduled and offline
 * freezes that have not triggered are only removed when asked (`removeScheduled`, `removeOffline`).
 */
function removeFreeze(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  const { state, now } = ctx;
  const data = requireObject(ctx.body);
  const deviceUids = uuidList(data['deviceUids'], 'deviceUids', 1, 10_000);
  const removeScheduled = optionalBoolean(data, 'removeScheduled') ?? false;
  const removeOffline = optionalBoolean(data, 'removeOffline') ?? false;
  const by = ctx.token.username;
  for (const deviceUid of new Set(deviceUids)) {
    const index = state.indexOfDevice(deviceUid);
    if (index === undefined) continue;
    if (state.fleet.baseReport(index).deviceFreezeStatus) state.freeze.initialFreezeRemoved.add(index);
    const onDemand = state.freeze.current(index, 'OnDemand');
    if (onDemand) state.freeze.end(onDemand, now, by);
    const scheduled = state.freeze.current(index, 'Scheduled');
    const triggered =
      scheduled && state.freeze.status(scheduled, now) === 'Succeeded' && now >= (scheduled.request.scheduledMs ?? Infinity);
    if (scheduled && (triggered || removeScheduled)) state.freeze.end(scheduled, now, by);
    const offline = state.freeze.current(index, 'OffLine');
    if (offline && removeOffline) state.freeze.end(offline, now, by);
  }
  state.version += 1;
  ctx.stats.action('removeFreeze');
  emitApiEvent(state, now, {
    eventType: 'DeviceUnfreezeRequested',
    verb: 'Requested',
    actor: by,
    objectType: 'Device',
    objectName: `${deviceUids.length} device(s)`,
    objectId: deviceUids[0] ?? '',
    properties: [
      { name: 'RemoveScheduled', newValue: String(removeScheduled) },
      { name: 'RemoveOffline', newValue: String(removeOffline) },
    ],
  });
  return { status: 202 };
}

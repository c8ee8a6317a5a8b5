import { emitApiEvent } from '../events/api-events';
import type { DeviceActionRecord, DeviceActionRequest } from '../state/device-action-store';
import { renderDevice } from '../state/device-view';
import { allowOnlyParams, optionalBoolean, requireObject, uuidList } from './body';
import { getActions, getRequest, listRequests } from './device-action-listing';
import type { RouteContext, RouteDefinition, RouteResult } from './route-types';

/**
 * Unenrollment (absolute-api.md §3.5). Oddity kept from the docs: creating and reading requests
 * needs Perform, reading the per-device actions needs View.
 */
export function unenrollRoutes(): RouteDefinition[] {
  return [
    { method: 'POST', path: '/v3/actions/requests/unenroll', permissions: ['unenroll.perform'], handle: createUnenroll },
    {
      method: 'GET',
      path: '/v3/actions/requests/unenroll',
      permissions: ['unenroll.perform'],
      handle: (ctx) => listRequests(ctx, ctx.state.unenroll),
    },
    {
      method: 'GET',
      path: '/v3/actions/requests/unenroll/{requestUid}',
      permissions: ['unenroll.perform'],
      handle: (ctx) => getRequest(ctx, ctx.state.unenroll),
    },
    {
      method: 'POST',
      path: '/v3/actions/unenroll/get-actions',
      permissions: ['unenroll.view'],
      handle: (ctx) => getActions(ctx, ctx.state.unenroll),
    },
    {
      method: 'POST',
      path: '/v3/actions/unenroll/get-actions/{requestUid}',
      permissions: ['unenroll.view'],
      handle: (ctx) => getActions(ctx, ctx.state.unenroll),
    },
  ];
}

function createUnenroll(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  const { state, now } = ctx;
  const data = requireObject(ctx.body);
  const deviceUids = uuidList(data['deviceUids'], 'deviceUids', 1, 10_000);
  const excludeMissingDevices = optionalBoolean(data, 'excludeMissingDevices') ?? false;
  const request: DeviceActionRequest = {
    kind: 'unenroll',
    requestUid: state.ids.uuid(),
    requestId: state.ids.requestId(),
    createdMs: now,
    requester: ctx.token.username,
    excludeMissingDevices,
    actions: [],
  };
  for (const deviceUid of new Set(deviceUids)) {
    const index = state.indexOfDevice(deviceUid);
    const device = index === undefined ? undefined : renderDevice(state, index, now);
    if (index === undefined || !device) continue;
    // "Missing" covers devices reported missing or stolen; they are left out entirely when asked.
    if (excludeMissingDevices && device.deviceStatus) continue;
    const action: DeviceActionRecord = {
      actionUid: state.ids.uuid(),
      request,
      deviceIndex: index,
      deviceUid: device.deviceUid,
      deviceName: device.deviceName,
      esn: device.esn,
      unenrollsDevice: true,
    };
    if (device.isStolen) action.failureReason = 'The device is reported stolen and cannot be unenrolled';
    else if (device.agentStatus !== 'A') action.failureReason = `The device agent is not active (agentStatus ${device.agentStatus})`;
    request.actions.push(action);
  }
  state.unenroll.add(request);
  state.version += 1;
  ctx.stats.action('unenroll');
  emitApiEvent(state, now, {
    eventType: 'DeviceUnenrollRequested',
    verb: 'Requested',
    actor: ctx.token.username,
    objectType: 'UnenrollRequest',
    objectName: request.requestId,
    objectId: request.requestUid,
    properties: [{ name: 'DeviceCount', newValue: String(request.actions.length) }],
  });
  return { status: 200, data: { requestUid: request.requestUid } };
}

import type { DeviceActionRecord, DeviceActionRequest } from '../state/device-action-store';
import { allowOnlyParams, optionalBoolean, requireObject, uuidList } from './body';
import { getActions, getRequest, listRequests } from './device-action-listing';
import { noteNewRequest } from './new-request-event';
import { actionTarget, requestedDevices } from './requested-devices';
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
  for (const target of requestedDevices(state, deviceUids, now)) {
    const { device } = target;
    // "Missing" covers devices reported missing or stolen; they are left out entirely when asked.
    if (excludeMissingDevices && device.deviceStatus) continue;
    const action: DeviceActionRecord = { ...actionTarget(state.ids.uuid(), target), request, unenrollsDevice: true };
    if (device.isStolen) action.failureReason = 'The device is reported stolen and cannot be unenrolled';
    else if (device.agentStatus !== 'A') action.failureReason = `The device agent is not active (agentStatus ${device.agentStatus})`;
    request.actions.push(action);
  }
  state.unenroll.add(request);
  noteNewRequest(ctx, 'unenroll', {
    eventType: 'DeviceUnenrollRequested',
    objectType: 'UnenrollRequest',
    objectName: request.requestId,
    objectId: request.requestUid,
    deviceCount: request.actions.length,
  });
  return { status: 200, data: { requestUid: request.requestUid } };
}

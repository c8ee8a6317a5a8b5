import type { DeviceReport } from '../fleet/device-report';
import type { DeviceActionRecord, DeviceActionRequest } from '../state/device-action-store';
import { allowOnlyParams, optionalBoolean, optionalString, requireObject, uuidList } from './body';
import { getActions, getRequest, listRequests } from './device-action-listing';
import { actionsToCancel } from './cancel-selection';
import { noteNewRequest } from './new-request-event';
import { actionTarget, requestedDevices } from './requested-devices';
import { requestInPath } from './request-in-path';
import type { RouteContext, RouteDefinition, RouteResult } from './route-types';

/** Device wipe (absolute-api.md §3.6). */
export function wipeRoutes(): RouteDefinition[] {
  return [
    { method: 'POST', path: '/v3/actions/requests/wipe', permissions: ['wipe.perform'], handle: createWipe },
    { method: 'GET', path: '/v3/actions/requests/wipe', permissions: ['wipe.view'], handle: (ctx) => listRequests(ctx, ctx.state.wipe) },
    {
      method: 'GET',
      path: '/v3/actions/requests/wipe/{requestUid}',
      permissions: ['wipe.view'],
      handle: (ctx) => getRequest(ctx, ctx.state.wipe),
    },
    { method: 'POST', path: '/v3/actions/wipe/get-actions', permissions: ['wipe.view'], handle: (ctx) => getActions(ctx, ctx.state.wipe) },
    {
      method: 'POST',
      path: '/v3/actions/wipe/get-actions/{requestUid}',
      permissions: ['wipe.view'],
      handle: (ctx) => getActions(ctx, ctx.state.wipe),
    },
    { method: 'POST', path: '/v3/actions/wipe/cancel-actions/{requestUid}', permissions: ['wipe.perform'], handle: cancelWipe },
  ];
}

function createWipe(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  const { state, now } = ctx;
  const data = requireObject(ctx.body);
  const deviceUids = uuidList(data['deviceUids'], 'deviceUids', 1, 10_000);
  const macUsername = optionalString(data, 'macUsername', 1, 255);
  const macPwd = optionalString(data, 'macPwd', 1, 255);
  const unenroll = optionalBoolean(data, 'unenrollDevicesAndFreeLicenses') ?? false;
  const request: DeviceActionRequest = {
    kind: 'wipe',
    requestUid: state.ids.uuid(),
    requestId: state.ids.requestId(),
    createdMs: now,
    requester: ctx.token.username,
    macUsername,
    macPwd,
    unenrollDevicesAndFreeLicenses: unenroll,
    actions: [],
  };
  for (const target of requestedDevices(state, deviceUids, now)) {
    const { device } = target;
    const action: DeviceActionRecord = {
      ...actionTarget(state.ids.uuid(), target),
      request,
      // A Mac wipe always unenrolls; Windows only when asked to free the licence.
      unenrollsDevice: device.platformOSType === 'Mac' || unenroll,
      certificateUid: state.ids.uuid(),
    };
    const reason = wipeIneligibility(device, macUsername !== undefined && macPwd !== undefined);
    if (reason) action.failureReason = reason;
    request.actions.push(action);
  }
  state.wipe.add(request);
  noteNewRequest(ctx, 'wipe', {
    eventType: 'DeviceWipeRequested',
    objectType: 'WipeRequest',
    objectName: request.requestId,
    objectId: request.requestUid,
    deviceCount: request.actions.length,
  });
  return { status: 200, data: { requestUid: request.requestUid } };
}

/** Windows 10/11 with BitLocker fully encrypted, or a Mac with FileVault (plus admin credentials). */
function wipeIneligibility(device: DeviceReport, hasMacCredentials: boolean): string | undefined {
  if (device.agentStatus !== 'A') return `The device agent is not active (agentStatus ${device.agentStatus})`;
  const encryption = device.espInfo;
  const encrypted = encryption?.encryptionStatus === 'ENCR';
  if (device.platformOSType === 'Windows') {
    if (encryption?.encryptionProductName !== 'BitLocker' || !encrypted)
      return 'Wipe requires BitLocker to be fully encrypted on Windows devices';
    return undefined;
  }
  if (device.platformOSType === 'Mac') {
    if (encryption?.encryptionProductName !== 'FileVault' || !encrypted) return 'Wipe requires FileVault to be enabled on Mac devices';
    if (!hasMacCredentials) return 'Wipe of a Mac device requires macUsername and macPwd';
    return undefined;
  }
  return `Wipe is not supported on ${device.platformOSType} devices`;
}

/** Only Pending actions can be canceled; others are left as they are. */
function cancelWipe(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  const { state, now } = ctx;
  const request = requestInPath(ctx, (uid) => state.wipe.find(uid));
  for (const action of actionsToCancel(ctx.body, request)) {
    if (state.wipe.status(action, now) === 'Pending') action.canceledMs = now;
  }
  state.version += 1;
  ctx.stats.action('wipeCancel');
  return { status: 202 };
}

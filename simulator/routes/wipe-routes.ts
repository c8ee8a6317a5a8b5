import { emitApiEvent } from '../events/api-events';
import type { DeviceReport } from '../fleet/device-report';
import { invalidValue, notFound, validationError } from '../server/api-error';
import type { DeviceActionRecord, DeviceActionRequest } from '../state/device-action-store';
import { renderDevice } from '../state/device-view';
import { allowOnlyParams, optionalBoolean, optionalString, requireObject, uuidList } from './body';
import { getActions, getRequest, listRequests } from './device-action-listing';
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
  for (const deviceUid of new Set(deviceUids)) {
    const index = state.indexOfDevice(deviceUid);
    const device = index === undefined ? undefined : renderDevice(state, index, now);
    if (index === undefined || !device) continue;
    const action: DeviceActionRecord = {
      actionUid: state.ids.uuid(),
      request,
      deviceIndex: index,
      deviceUid: device.deviceUid,
      deviceName: device.deviceName,
      esn: device.esn,
      // A Mac wipe always unenrolls; Windows only when asked to free the licence.
      unenrollsDevice: device.platformOSType === 'Mac' || unenroll,
      certificateUid: state.ids.uuid(),
    };
    const reason = wipeIneligibility(device, macUsername !== undefined && macPwd !== undefined);
    if (reason) action.failureReason = reason;
    request.actions.push(action);
  }
  state.wipe.add(request);
  state.version += 1;
  ctx.stats.action('wipe');
  emitApiEvent(state, now, {
    eventType: 'DeviceWipeRequested',
    verb: 'Requested',
    actor: ctx.token.username,
    objectType: 'WipeRequest',
    objectName: request.requestId,
    objectId: request.requestUid,
    properties: [{ name: 'DeviceCount', newValue: String(request.actions.length) }],
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
  const request = state.wipe.find((ctx.params['requestUid'] ?? '').toLowerCase());
  if (!request) throw notFound('requestUid');
  const data = requireObject(ctx.body);
  const cancelAll = optionalBoolean(data, 'cancelAllActions') ?? false;
  const actionUids = uuidList(data['actionUids'], 'actionUids', 0, 10_000);
  if (!cancelAll && actionUids.length === 0) throw validationError('actionUids', 'give actionUids or set cancelAllActions');
  const known = new Set(request.actions.map((a) => a.actionUid));
  const unknown = actionUids.find((uid) => !known.has(uid));
  if (unknown) throw invalidValue('actionUids', `action ${unknown} does not belong to request ${request.requestUid}`);
  const targets = cancelAll ? request.actions : request.actions.filter((a) => actionUids.includes(a.actionUid));
  for (const action of targets) {
    if (state.wipe.status(action, now) === 'Pending') action.canceledMs = now;
  }
  state.version += 1;
  ctx.stats.action('wipeCancel');
  return { status: 202 };
}

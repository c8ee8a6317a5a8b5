import type { DeviceReport } from '../fleet/device-report';
import { invalidValue, NOT_AUTHORIZED, validationError } from '../server/api-error';
import { optionalDeviceFilter } from './action-pages';
import type { FileDeleteRequestRecord, RemoteActionRecord } from '../state/remote-action-state';
import { allowOnlyParams, optionalBoolean, optionalInteger, requireObject, uuidList } from './body';
import { listRemoteRequests, pageOfRemoteActions } from './remote-action-listing';
import { fileDeleteRequestView } from './remote-action-views';
import { actionsToCancel } from './cancel-selection';
import { noteNewRequest } from './new-request-event';
import { actionTarget, requestedDevices } from './requested-devices';
import { requestInPath } from './request-in-path';
import type { RouteContext, RouteDefinition, RouteResult } from './route-types';

const WIPE_TYPES = ['wipeSpecificUserFiles', 'wipeAllUserFiles', 'wipeAllUserFilesAndOs'];
/** get-actions documents this narrower filter enum than the DeviceAction statuses. */
const FILTER_STATUSES = ['Failed', 'Pending', 'Canceled', 'Processing', 'Completed'];

/** File Delete: View for reading, Perform for creating and canceling (the resource's documented split). */
export function fileDeleteRoutes(): RouteDefinition[] {
  const view = ['filedelete.view'] as const;
  const perform = ['filedelete.perform'] as const;
  return [
    { method: 'POST', path: '/v3/actions/requests/file-delete', permissions: perform, handle: createFileDelete },
    {
      method: 'GET',
      path: '/v3/actions/requests/file-delete',
      permissions: view,
      handle: (ctx) =>
        listRemoteRequests(ctx, 'fileDelete', ctx.state.remoteActions.fileDelete, (r) =>
          fileDeleteRequestView(ctx.state.remoteActions, r, ctx.now),
        ),
    },
    { method: 'GET', path: '/v3/actions/requests/file-delete/{requestUid}', permissions: view, handle: getFileDelete },
    { method: 'POST', path: '/v3/actions/file-delete/get-actions', permissions: view, handle: (ctx) => actions(ctx, false) },
    { method: 'POST', path: '/v3/actions/file-delete/get-actions/{requestUid}', permissions: view, handle: (ctx) => actions(ctx, true) },
    { method: 'POST', path: '/v3/actions/file-delete/cancel-actions/{requestUid}', permissions: perform, handle: cancelFileDelete },
  ];
}

function findRequest(ctx: RouteContext): FileDeleteRequestRecord {
  return requestInPath(ctx, (uid) => ctx.state.remoteActions.findFileDelete(uid));
}

function getFileDelete(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  return { status: 200, data: fileDeleteRequestView(ctx.state.remoteActions, findRequest(ctx), ctx.now) };
}

function readPatterns(raw: unknown): Array<{ platform: string; patterns: string[] }> {
  if (!Array.isArray(raw) || raw.length === 0)
    throw validationError('filePatterns', 'filePatterns is required when wipeType is wipeSpecificUserFiles');
  return raw.map((item, i) => {
    const entry = requireObject(item, `filePatterns[${i}]`);
    const platform = entry['platform'];
    if (platform !== 'Windows' && platform !== 'Mac')
      throw validationError(`filePatterns[${i}].platform`, 'platform must be Windows or Mac');
    const patterns = entry['patterns'];
    if (
      !Array.isArray(patterns) ||
      patterns.length === 0 ||
      !patterns.every((p) => typeof p === 'string' && p.trim() !== '' && p.length <= 1024)
    ) {
      throw validationError(`filePatterns[${i}].patterns`, 'patterns must be a non-empty list of file patterns');
    }
    return { platform, patterns: patterns as string[] };
  });
}

/**
 * Deleting all user files is limited to 100 devices a request, deleting the OS to Windows devices;
 * un-enrolling afterwards needs Perform on Unenroll Device too. Mac devices are always un-enrolled
 * after all their user files are deleted.
 */
function createFileDelete(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  const { state, now } = ctx;
  const store = state.remoteActions;
  const data = requireObject(ctx.body);
  const wipeType = data['wipeType'] ?? 'wipeSpecificUserFiles';
  if (typeof wipeType !== 'string' || !WIPE_TYPES.includes(wipeType))
    throw validationError('wipeType', `wipeType must be one of ${WIPE_TYPES.join(', ')}`);
  const specific = wipeType === 'wipeSpecificUserFiles';
  const deviceUids = uuidList(data['deviceUids'], 'deviceUids', 1, specific ? 10_000 : 100);
  const secureEraseCount = optionalInteger(data, 'secureEraseCount', 1, 7);
  if (secureEraseCount !== undefined && ![1, 3, 7].includes(secureEraseCount))
    throw invalidValue('secureEraseCount', 'secureEraseCount must be 1, 3 or 7');
  const includeFileDateInLog = optionalBoolean(data, 'includeFileDateInLog');
  const unenroll = optionalBoolean(data, 'unenrollDevicesAndFreeLicenses');
  if (!specific && data['filePatterns'] != null)
    throw invalidValue('filePatterns', 'filePatterns apply only when wipeType is wipeSpecificUserFiles');
  const filePatterns = specific ? readPatterns(data['filePatterns']) : undefined;
  if (!specific && unenroll && !ctx.token.permissions.has('unenroll.perform')) throw NOT_AUTHORIZED;
  const request: FileDeleteRequestRecord = {
    requestUid: store.uuid(),
    requestId: store.nextRequestNumber(),
    createdMs: now,
    requester: ctx.token.username,
    wipeType,
    actions: [],
    ...(secureEraseCount !== undefined ? { secureEraseCount } : {}),
    ...(specific
      ? { filePatterns, includeFileDateInLog: includeFileDateInLog ?? false }
      : { unenrollDevicesAndFreeLicenses: unenroll ?? false }),
  };
  for (const target of requestedDevices(state, deviceUids, now)) {
    const { device } = target;
    const action: RemoteActionRecord = {
      ...actionTarget(store.uuid(), target),
      unenrollsDevice: !specific && (device.platformOSType === 'Mac' || unenroll === true),
      ...(specific ? {} : { certificateUid: store.uuid() }),
    };
    const reason = ineligibility(device, wipeType, filePatterns);
    if (reason) action.failureReason = reason;
    request.actions.push(action);
  }
  store.addFileDelete(request);
  noteNewRequest(ctx, 'fileDelete', {
    eventType: 'FileDeleteRequested',
    objectType: 'FileDeleteRequest',
    objectName: request.requestId,
    objectId: request.requestUid,
    properties: [{ name: 'WipeType', newValue: wipeType }],
    deviceCount: request.actions.length,
  });
  return { status: 200, data: { requestUid: request.requestUid } };
}

function ineligibility(device: DeviceReport, wipeType: string, patterns: Array<{ platform: string }> | undefined): string | undefined {
  const platform = device.platformOSType;
  if (platform !== 'Windows' && platform !== 'Mac') return `File Delete is not supported on ${platform} devices`;
  if (device.agentStatus !== 'A') return `The device agent is not active (agentStatus ${device.agentStatus})`;
  if (wipeType === 'wipeAllUserFilesAndOs' && platform !== 'Windows')
    return 'Deleting the operating system is supported on Windows devices only';
  if (patterns && !patterns.some((p) => p.platform === platform)) return `The request has no file patterns for ${platform} devices`;
  return undefined;
}

function actions(ctx: RouteContext, byRequest: boolean): RouteResult {
  allowOnlyParams(ctx.query, ['actionStatus', 'createdFromDateTimeUtc', 'createdToDateTimeUtc', 'nextPage', 'pageSize']);
  const requests = byRequest ? [findRequest(ctx)] : ctx.state.remoteActions.fileDelete;
  return pageOfRemoteActions(ctx, {
    kind: 'fileDelete',
    requests,
    deviceUids: optionalDeviceFilter(ctx.body),
    allowedStatuses: FILTER_STATUSES,
  });
}

/** Pending actions only; `cancelAllActions` wins over `actionUids`. */
function cancelFileDelete(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  const request = findRequest(ctx);
  const store = ctx.state.remoteActions;
  for (const action of actionsToCancel(ctx.body, request)) {
    if (store.status('fileDelete', request, action, ctx.now) === 'Pending') action.canceledMs = ctx.now;
  }
  ctx.state.version += 1;
  ctx.stats.action('fileDeleteCancel');
  return { status: 202 };
}

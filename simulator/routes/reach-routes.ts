import { invalidValue, notFound, validationError } from '../server/api-error';
import { pageOfList, PAGE_LIMITS, readPageRequest } from '../server/paging';
import type { ReachRequestRecord, RemoteActionRecord } from '../state/remote-action-state';
import { isoMs } from '../util/time';
import { zipFiles } from '../util/zip';
import { allowOnlyParams, isUuid, optionalString, requireObject, requiredString, uuidList } from './body';
import { FIXED_100, listRemoteRequests, pageOfRemoteActions } from './remote-action-listing';
import { reachRequestView, scriptView } from './remote-action-views';
import { readScriptOption } from './reach-options';
import { noteNewRequest } from './new-request-event';
import { actionTarget, requestedDevices } from './requested-devices';
import { requestInPath } from './request-in-path';
import type { RouteContext, RouteDefinition, RouteResult } from './route-types';

const RUN_SCRIPT_STATUSES = ['Failed', 'Pending', 'Canceled', 'Processing', 'Succeeded'];
const OPTION_OF = { Windows: 'winScriptOption', Mac: 'macScriptOption' } as const;

/** Reach (the "Run" permission for Reach Script covers every endpoint). */
export function reachRoutes(): RouteDefinition[] {
  const run = ['reach.run'] as const;
  return [
    { method: 'GET', path: '/v3/actions/reach/scripts', permissions: run, handle: listScripts },
    {
      method: 'GET',
      path: '/v3/actions/reach/scripts/{scriptUid}',
      permissions: run,
      handle: (ctx) => ({ status: 200, data: scriptView(findScript(ctx)) }),
    },
    { method: 'GET', path: '/v3/actions/reach/scripts/{scriptUid}/content', permissions: run, handle: downloadScript },
    { method: 'POST', path: '/v3/actions/requests/reach', permissions: run, handle: runScript },
    {
      method: 'GET',
      path: '/v3/actions/requests/reach',
      permissions: run,
      handle: (ctx) =>
        listRemoteRequests(ctx, 'reach', ctx.state.remoteActions.reach, (r) => reachRequestView(ctx.state.remoteActions, r, ctx.now)),
    },
    {
      method: 'GET',
      path: '/v3/actions/requests/reach/{requestUid}',
      permissions: run,
      handle: getRequest,
    },
    { method: 'GET', path: '/v3/actions/requests/reach/{requestUid}/configuration', permissions: run, handle: configuration },
    { method: 'POST', path: '/v3/actions/reach/get-actions', permissions: run, handle: (ctx) => actions(ctx, false) },
    { method: 'POST', path: '/v3/actions/reach/get-actions/{requestUid}', permissions: run, handle: (ctx) => actions(ctx, true) },
    { method: 'POST', path: '/v3/actions/reach/cancel-actions', permissions: run, handle: (ctx) => cancel(ctx, false) },
    { method: 'POST', path: '/v3/actions/reach/cancel-actions/{requestUid}', permissions: run, handle: (ctx) => cancel(ctx, true) },
  ];
}

function findScript(ctx: RouteContext) {
  allowOnlyParams(ctx.query, []);
  const script = ctx.state.remoteActions.script((ctx.params['scriptUid'] ?? '').toLowerCase());
  if (!script) throw notFound('scriptUid');
  return script;
}

function findRequest(ctx: RouteContext): ReachRequestRecord {
  return requestInPath(ctx, (uid) => ctx.state.remoteActions.findReach(uid));
}

function getRequest(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  return { status: 200, data: reachRequestView(ctx.state.remoteActions, findRequest(ctx), ctx.now) };
}

function listScripts(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, ['scriptNameContains', 'scriptType', 'nextPage', 'pageSize']);
  const contains = ctx.query.get('scriptNameContains')?.toLowerCase();
  const type = ctx.query.get('scriptType');
  if (type !== undefined && type !== 'Absolute' && type !== 'Custom')
    throw invalidValue('scriptType', 'scriptType must be Absolute or Custom');
  const scripts = ctx.state.remoteActions.scripts.filter(
    (s) => (contains === undefined || s.scriptName.toLowerCase().includes(contains)) && (type === undefined || s.scriptType === type),
  );
  const page = pageOfList(scripts, readPageRequest(ctx.query, PAGE_LIMITS.standard, ctx.fingerprint));
  return { status: 200, data: page.items.map(scriptView), ...(page.nextPage ? { nextPage: page.nextPage } : {}) };
}

function downloadScript(ctx: RouteContext): RouteResult {
  const script = findScript(ctx);
  const files = [script.winScript, script.macScript].flatMap((s) => (s ? [{ name: s.fileName, content: s.content }] : []));
  return { status: 200, file: { contentType: 'application/zip', fileName: `${script.scriptUid}.zip`, bytes: zipFiles(files) } };
}

function configuration(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  const request = findRequest(ctx);
  return {
    status: 200,
    data: {
      scriptName: request.scriptName,
      ...(request.winScriptOption ? { winScriptOption: request.winScriptOption } : {}),
      ...(request.macScriptOption ? { macScriptOption: request.macScriptOption } : {}),
    },
  };
}

/**
 * Neither option: the script runs on both systems with the library defaults. Only one: only that
 * system's devices run it; the others fail. A device the script does not support, or without an
 * active agent, fails with the reason.
 */
function runScript(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  const { state, now } = ctx;
  const store = state.remoteActions;
  const data = requireObject(ctx.body);
  const scriptUid = requiredString(data, 'scriptUid', 1, 64).toLowerCase();
  if (!isUuid(scriptUid)) throw validationError('scriptUid', 'scriptUid must be a UUID');
  const deviceUids = uuidList(data['deviceUids'], 'deviceUids', 1, 10_000);
  const requestTitle = optionalString(data, 'requestTitle', 1, 250);
  const script = store.script(scriptUid);
  if (!script) throw notFound('scriptUid', `no script ${scriptUid} in the Reach Library`);
  for (const [field, platform] of [
    ['winScriptOption', 'Windows'],
    ['macScriptOption', 'Mac'],
  ] as const) {
    if (data[field] !== undefined && data[field] !== null && !script.supportedOS.includes(platform))
      throw invalidValue(field, `script ${script.scriptName} does not support ${platform}`);
  }
  const neither = data['winScriptOption'] == null && data['macScriptOption'] == null;
  const runsOn = new Set(
    script.supportedOS.filter((p) => neither || data[p === 'Windows' ? 'winScriptOption' : 'macScriptOption'] != null),
  );
  const request: ReachRequestRecord = {
    requestUid: store.uuid(),
    actionId: `RS-${store.nextRequestNumber()}`,
    createdMs: now,
    requester: ctx.token.username,
    scriptUid,
    scriptName: script.scriptName,
    actions: [],
    ...(requestTitle !== undefined ? { requestTitle } : {}),
    ...(runsOn.has('Windows')
      ? { winScriptOption: readScriptOption(data['winScriptOption'] ?? {}, 'winScriptOption', script.winScript) }
      : {}),
    ...(runsOn.has('Mac') ? { macScriptOption: readScriptOption(data['macScriptOption'] ?? {}, 'macScriptOption', script.macScript) } : {}),
  };
  for (const target of requestedDevices(state, deviceUids, now)) {
    const { device } = target;
    const action: RemoteActionRecord = { ...actionTarget(store.uuid(), target), unenrollsDevice: false };
    const platform = device.platformOSType;
    if (platform !== 'Windows' && platform !== 'Mac') action.failureReason = `Reach is not supported on ${platform} devices`;
    else if (!script.supportedOS.includes(platform)) action.failureReason = `The script does not support ${platform} devices`;
    else if (!runsOn.has(platform))
      action.failureReason = `The request has no ${OPTION_OF[platform]}, so the script does not run on ${platform} devices`;
    else if (device.agentStatus !== 'A') action.failureReason = `The device agent is not active (agentStatus ${device.agentStatus})`;
    request.actions.push(action);
  }
  store.addReach(request);
  noteNewRequest(ctx, 'reachRun', {
    eventType: 'RunScriptRequested',
    objectType: 'RunScriptRequest',
    objectName: request.actionId,
    objectId: request.requestUid,
    properties: [{ name: 'ScriptName', newValue: script.scriptName }],
    deviceCount: request.actions.length,
  });
  const executed = {
    scriptUid,
    requestUid: request.requestUid,
    deviceUids: request.actions.map((a) => a.deviceUid),
    createdDateTimeUtc: isoMs(now),
    ...(requestTitle !== undefined ? { requestTitle } : {}),
    ...(request.winScriptOption ? { winScriptOption: request.winScriptOption } : {}),
    ...(request.macScriptOption ? { macScriptOption: request.macScriptOption } : {}),
  };
  return { status: 200, data: executed };
}

/** Both get-actions forms need 1 to 100 device UIDs; only the unscoped one filters by time and status. */
function actions(ctx: RouteContext, byRequest: boolean): RouteResult {
  allowOnlyParams(ctx.query, byRequest ? ['nextPage'] : ['createdFromDateTime', 'createdToDateTime', 'actionStatus', 'nextPage']);
  const store = ctx.state.remoteActions;
  const requests = byRequest ? [findRequest(ctx)] : store.reach;
  const deviceUids = new Set(uuidList(requireObject(ctx.body)['deviceUids'], 'deviceUids', 1, 100));
  return pageOfRemoteActions(ctx, {
    kind: 'reach',
    requests,
    deviceUids,
    allowedStatuses: RUN_SCRIPT_STATUSES,
    createdFrom: 'createdFromDateTime',
    createdTo: 'createdToDateTime',
    limits: FIXED_100,
  });
}

/** Cancels Pending actions on the given devices; actions already downloaded run on. */
function cancel(ctx: RouteContext, byRequest: boolean): RouteResult {
  allowOnlyParams(ctx.query, []);
  const store = ctx.state.remoteActions;
  const requests = byRequest ? [findRequest(ctx)] : store.reach;
  const deviceUids = new Set(uuidList(requireObject(ctx.body)['deviceUids'], 'deviceUids', 1, 100));
  for (const request of requests) {
    for (const action of request.actions) {
      if (deviceUids.has(action.deviceUid) && store.status('reach', request, action, ctx.now) === 'Pending') action.canceledMs = ctx.now;
    }
  }
  ctx.state.version += 1;
  ctx.stats.action('reachCancel');
  return { status: 202 };
}

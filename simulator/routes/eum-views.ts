import { invalidValue, notFound } from '../server/api-error';
import { pageOfList, PAGE_LIMITS, readPageRequest } from '../server/paging';
import { eumActionStatus, eumActionUpdatedMs, eumCounters, eumRequestStatus, eumRequestUpdatedMs } from '../state/incident/eum-progress';
import type { EumActionRecord, EumMessageRecord, EumRequestRecord } from '../state/incident/incident-data';
import { isoMs, parseTimestamp } from '../util/time';
import { allowOnlyParams, requireObject, uuidList } from './body';
import type { RouteContext, RouteResult } from './route-types';

const REQUEST_STATUSES = ['Init', 'Canceled', 'Completed', 'InProgress', 'Failed', 'Scheduled', 'PendingApproval'];
const ACTION_STATUSES = ['Failed', 'Pending', 'Canceled', 'Processing', 'Completed', 'Ready'];

/** `GET /v3/actions/requests/eum`: newest first, filtered by creation time (inclusive) and status. */
export function eumRequestsPage(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, ['createdFromDateTimeUtc', 'createdToDateTimeUtc', 'requestStatus', 'nextPage', 'pageSize']);
  const progress = ctx.state.actionProgressMs;
  const inWindow = createdWindow(ctx);
  const status = ctx.query.get('requestStatus');
  if (status !== undefined && !REQUEST_STATUSES.includes(status))
    throw invalidValue('requestStatus', `requestStatus must be one of ${REQUEST_STATUSES.join(', ')}`);
  const requests = [...ctx.state.incident.data.eumRequests]
    .reverse()
    .filter((r) => inWindow(r.createdMs))
    .filter((r) => status === undefined || eumRequestStatus(r, progress, ctx.now) === status);
  const page = pageOfList(requests, readPageRequest(ctx.query, PAGE_LIMITS.standard, ctx.fingerprint));
  return {
    status: 200,
    data: page.items.map((r) => requestView(r, progress, ctx.now)),
    ...(page.nextPage ? { nextPage: page.nextPage } : {}),
  };
}

export function eumRequest(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  return { status: 200, data: requestView(existingRequest(ctx), ctx.state.actionProgressMs, ctx.now) };
}

/** `POST /v3/actions/eum/get-actions[/{requestUid}]`: body `{deviceUids}` (empty = all devices). */
export function eumActionsPage(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, ['actionStatus', 'createdFromDateTimeUtc', 'createdToDateTimeUtc', 'nextPage', 'pageSize']);
  const progress = ctx.state.actionProgressMs;
  const requests = ctx.params['requestUid'] === undefined ? ctx.state.incident.data.eumRequests : [existingRequest(ctx)];
  const body = ctx.body === undefined ? {} : requireObject(ctx.body);
  const devices = new Set(uuidList(body['deviceUids'], 'deviceUids', 0, 10_000));
  const statuses = ctx.query.getAll('actionStatus');
  for (const s of statuses)
    if (!ACTION_STATUSES.includes(s)) throw invalidValue('actionStatus', `actionStatus must be one of ${ACTION_STATUSES.join(', ')}`);
  const inWindow = createdWindow(ctx);
  const rows: { request: EumRequestRecord; action: EumActionRecord }[] = [];
  for (const request of requests) {
    if (!inWindow(request.createdMs)) continue;
    for (const action of request.actions) {
      if (devices.size > 0 && !devices.has(action.deviceUid)) continue;
      if (statuses.length > 0 && !statuses.includes(eumActionStatus(request, action, progress, ctx.now))) continue;
      rows.push({ request, action });
    }
  }
  const page = pageOfList(rows, readPageRequest(ctx.query, PAGE_LIMITS.standard, ctx.fingerprint));
  const data = page.items.map(({ request, action }) => actionView(request, action, progress, ctx.now));
  return { status: 200, data, ...(page.nextPage ? { nextPage: page.nextPage } : {}) };
}

export function eumMessagesPage(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, ['nextPage', 'pageSize']);
  const page = pageOfList(ctx.state.incident.data.eumMessages, readPageRequest(ctx.query, PAGE_LIMITS.standard, ctx.fingerprint));
  return { status: 200, data: page.items.map(messageView), ...(page.nextPage ? { nextPage: page.nextPage } : {}) };
}

export function eumMessage(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  const message = ctx.state.incident.eumMessage(ctx.params['messageUid'] ?? '');
  if (!message) throw notFound('messageUid');
  return { status: 200, data: messageView(message) };
}

function existingRequest(ctx: RouteContext): EumRequestRecord {
  const request = ctx.state.incident.findEumRequest(ctx.params['requestUid'] ?? '');
  if (!request) throw notFound('requestUid');
  return request;
}

function requestView(r: EumRequestRecord, progressMs: number, nowMs: number) {
  return {
    ...eumCounters(r, progressMs, nowMs),
    requestId: r.requestId,
    requestUid: r.requestUid,
    requestStatus: eumRequestStatus(r, progressMs, nowMs),
    createdDateTimeUtc: isoMs(r.createdMs),
    updatedDateTimeUtc: isoMs(eumRequestUpdatedMs(r, progressMs, nowMs)),
    requester: r.requester,
    ...(r.scheduledMs !== undefined ? { scheduledDateTimeUtc: isoMs(r.scheduledMs) } : {}),
    message: r.message,
    snoozeTimes: r.snoozeTimes,
    displayMode: r.displayMode,
    submitButtonCaption: r.submitButtonCaption,
  };
}

function actionView(request: EumRequestRecord, action: EumActionRecord, progressMs: number, nowMs: number) {
  return {
    actionUid: action.actionUid,
    requestUid: request.requestUid,
    deviceUid: action.deviceUid,
    deviceName: action.deviceName,
    esn: action.esn,
    createdDateTimeUtc: isoMs(request.createdMs),
    updatedDateTimeUtc: isoMs(eumActionUpdatedMs(request, action, progressMs, nowMs)),
    actionStatus: eumActionStatus(request, action, progressMs, nowMs),
    ...(action.failureReason ? { actionStatusDetails: action.failureReason } : {}),
  };
}

function messageView(m: EumMessageRecord) {
  return {
    messageUid: m.messageUid,
    name: m.name,
    content: m.content,
    createdDateTimeUtc: isoMs(m.createdMs),
    updatedDateTimeUtc: isoMs(m.updatedMs),
    createdByUserUid: m.createdByUserUid,
    updatedByUserUid: m.updatedByUserUid,
  };
}

/** Both bounds inclusive, as documented for these filters. */
function createdWindow(ctx: RouteContext): (ms: number) => boolean {
  const bound = (name: string): number | undefined => {
    const raw = ctx.query.get(name);
    if (raw === undefined) return undefined;
    const ms = parseTimestamp(raw);
    if (ms === undefined) throw invalidValue(name, `${name} must be a date-time like 2024-01-01T00:00:00.000Z`);
    return ms;
  };
  const from = bound('createdFromDateTimeUtc') ?? -Infinity;
  const to = bound('createdToDateTimeUtc') ?? Infinity;
  return (ms) => ms >= from && ms <= to;
}

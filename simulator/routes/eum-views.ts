import { notFound } from '../server/api-error';
import { pageOfList, PAGE_LIMITS, readPageRequest } from '../server/paging';
import { eumActionStatus, eumActionUpdatedMs, eumCounters, eumRequestStatus, eumRequestUpdatedMs } from '../state/incident/eum-progress';
import type { EumActionRecord, EumMessageRecord, EumRequestRecord } from '../state/incident/incident-data';
import { isoMs } from '../util/time';
import { actionRowStart } from './action-row';
import { optionalDeviceFilter, pageOfActions, pageOfRequests } from './action-pages';
import { allowOnlyParams } from './body';
import { requestInPath } from './request-in-path';
import type { RouteContext, RouteResult } from './route-types';

const ACTION_STATUSES = ['Failed', 'Pending', 'Canceled', 'Processing', 'Completed', 'Ready'];

/** `GET /v3/actions/requests/eum`. */
export function eumRequestsPage(ctx: RouteContext): RouteResult {
  const progress = ctx.state.actionProgressMs;
  return pageOfRequests(ctx, {
    requests: ctx.state.incident.data.eumRequests,
    statusOf: (r) => eumRequestStatus(r, progress, ctx.now),
    view: (r) => requestView(r, progress, ctx.now),
  });
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
  return pageOfActions(ctx, {
    requests,
    deviceUids: optionalDeviceFilter(ctx.body),
    allowedStatuses: ACTION_STATUSES,
    statusOf: (request, action) => eumActionStatus(request, action, progress, ctx.now),
    view: (request, action) => actionView(request, action, progress, ctx.now),
  });
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
  return requestInPath(ctx, (uid) => ctx.state.incident.findEumRequest(uid));
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
    ...actionRowStart(request.requestUid, action),
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

import { notFound } from '../server/api-error';
import { PAGE_LIMITS } from '../server/paging';
import type { DeviceActionStore } from '../state/device-action-store';
import { pageOfActions, pageOfRequests } from './action-pages';
import { allowOnlyParams, requireObject, uuidList } from './body';
import { actionView, requestView } from './device-action-views';
import type { RouteContext, RouteResult } from './route-types';

const ACTION_STATUSES = ['Pending', 'Ineligible', 'Failed', 'Canceled', 'Succeeded', 'Completed', 'Processing', 'Ready'];

/** `GET /actions/requests/{unenroll|wipe}`. */
export function listRequests(ctx: RouteContext, store: DeviceActionStore): RouteResult {
  return pageOfRequests(ctx, {
    requests: store.requests,
    statusOf: (r) => store.requestStatus(r, ctx.now),
    view: (r) => requestView(store, r, ctx.now),
    anyStatusIgnoringCase: true,
  });
}

export function getRequest(ctx: RouteContext, store: DeviceActionStore): RouteResult {
  allowOnlyParams(ctx.query, []);
  const request = store.find((ctx.params['requestUid'] ?? '').toLowerCase());
  if (!request) throw notFound('requestUid');
  return { status: 200, data: requestView(store, request, ctx.now) };
}

/**
 * `POST /actions/{unenroll|wipe}/get-actions[/{requestUid}]`: body `{deviceUids}` (empty or absent =
 * all devices), optional `actionStatus` and creation-time filters in the query.
 */
export function getActions(ctx: RouteContext, store: DeviceActionStore): RouteResult {
  allowOnlyParams(ctx.query, ['actionStatus', 'createdFromDateTimeUtc', 'createdToDateTimeUtc', 'nextPage', 'pageSize']);
  const requestUid = ctx.params['requestUid'];
  const requests = requestUid === undefined ? store.requests : [store.find(requestUid.toLowerCase()) ?? throwNotFound()];
  const body = ctx.body === undefined ? {} : requireObject(ctx.body);
  return pageOfActions(ctx, {
    requests,
    deviceUids: new Set(uuidList(body['deviceUids'], 'deviceUids', 0, 10_000)),
    allowedStatuses: ACTION_STATUSES,
    createdFrom: 'createdFromDateTimeUtc',
    createdTo: 'createdToDateTimeUtc',
    limits: PAGE_LIMITS.standard,
    statusOf: (_request, action) => store.status(action, ctx.now),
    view: (_request, action) => actionView(store, action, ctx.now),
  });
}

function throwNotFound(): never {
  throw notFound('requestUid');
}

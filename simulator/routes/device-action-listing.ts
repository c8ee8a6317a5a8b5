import type { DeviceActionStore } from '../state/device-action-store';
import { optionalDeviceFilter, pageOfActions, pageOfRequests } from './action-pages';
import { allowOnlyParams } from './body';
import { actionView, requestView } from './device-action-views';
import { requestInPath } from './request-in-path';
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
  return {
    status: 200,
    data: requestView(
      store,
      requestInPath(ctx, (uid) => store.find(uid)),
      ctx.now,
    ),
  };
}

/**
 * `POST /actions/{unenroll|wipe}/get-actions[/{requestUid}]`: body `{deviceUids}` (empty or absent =
 * all devices), optional `actionStatus` and creation-time filters in the query.
 */
export function getActions(ctx: RouteContext, store: DeviceActionStore): RouteResult {
  allowOnlyParams(ctx.query, ['actionStatus', 'createdFromDateTimeUtc', 'createdToDateTimeUtc', 'nextPage', 'pageSize']);
  const requests = ctx.params['requestUid'] === undefined ? store.requests : [requestInPath(ctx, (uid) => store.find(uid))];
  return pageOfActions(ctx, {
    requests,
    deviceUids: optionalDeviceFilter(ctx.body),
    allowedStatuses: ACTION_STATUSES,
    statusOf: (_request, action) => store.status(action, ctx.now),
    view: (_request, action) => actionView(store, action, ctx.now),
  });
}

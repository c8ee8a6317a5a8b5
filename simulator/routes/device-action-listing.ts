import { invalidValue, notFound } from '../server/api-error';
import { pageOfList, PAGE_LIMITS, readPageRequest } from '../server/paging';
import type { DeviceActionRecord, DeviceActionStore } from '../state/device-action-store';
import { parseTimestamp } from '../util/time';
import { allowOnlyParams, requireObject, uuidList } from './body';
import { actionView, requestView } from './device-action-views';
import type { RouteContext, RouteResult } from './route-types';

const ACTION_STATUSES = ['Pending', 'Ineligible', 'Failed', 'Canceled', 'Succeeded', 'Completed', 'Processing', 'Ready'];

/** `GET /actions/requests/{kind}`: requests newest first, filtered by creation time and status. */
export function listRequests(ctx: RouteContext, store: DeviceActionStore): RouteResult {
  allowOnlyParams(ctx.query, ['createdFromDateTimeUtc', 'createdToDateTimeUtc', 'requestStatus', 'nextPage', 'pageSize']);
  const inWindow = createdWindow(ctx);
  const wantedStatus = ctx.query.get('requestStatus');
  const requests = [...store.requests]
    .reverse()
    .filter((r) => inWindow(r.createdMs))
    .filter((r) => wantedStatus === undefined || store.requestStatus(r, ctx.now).toLowerCase() === wantedStatus.toLowerCase());
  const page = pageOfList(requests, readPageRequest(ctx.query, PAGE_LIMITS.standard, ctx.fingerprint));
  return {
    status: 200,
    data: page.items.map((r) => requestView(store, r, ctx.now)),
    ...(page.nextPage ? { nextPage: page.nextPage } : {}),
  };
}

export function getRequest(ctx: RouteContext, store: DeviceActionStore): RouteResult {
  allowOnlyParams(ctx.query, []);
  const request = store.find((ctx.params['requestUid'] ?? '').toLowerCase());
  if (!request) throw notFound('requestUid');
  return { status: 200, data: requestView(store, request, ctx.now) };
}

/**
 * `POST /actions/{kind}/get-actions[/{requestUid}]`: body `{deviceUids}` (empty or absent = all
 * devices), optional `actionStatus` and creation-time filters in the query.
 */
export function getActions(ctx: RouteContext, store: DeviceActionStore): RouteResult {
  allowOnlyParams(ctx.query, ['actionStatus', 'createdFromDateTimeUtc', 'createdToDateTimeUtc', 'nextPage', 'pageSize']);
  const requestUid = ctx.params['requestUid'];
  const requests = requestUid === undefined ? store.requests : [store.find(requestUid.toLowerCase()) ?? throwNotFound()];
  const body = ctx.body === undefined ? {} : requireObject(ctx.body);
  const deviceUids = new Set(uuidList(body['deviceUids'], 'deviceUids', 0, 10_000));
  const statuses = ctx.query.getAll('actionStatus');
  for (const status of statuses)
    if (!ACTION_STATUSES.includes(status)) throw invalidValue('actionStatus', `actionStatus must be one of ${ACTION_STATUSES.join(', ')}`);
  const inWindow = createdWindow(ctx);
  const actions: DeviceActionRecord[] = [];
  for (const request of requests) {
    if (!inWindow(request.createdMs)) continue;
    for (const action of request.actions) {
      if (deviceUids.size > 0 && !deviceUids.has(action.deviceUid)) continue;
      if (statuses.length > 0 && !statuses.includes(store.status(action, ctx.now))) continue;
      actions.push(action);
    }
  }
  const page = pageOfList(actions, readPageRequest(ctx.query, PAGE_LIMITS.standard, ctx.fingerprint));
  return { status: 200, data: page.items.map((a) => actionView(store, a, ctx.now)), ...(page.nextPage ? { nextPage: page.nextPage } : {}) };
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

function throwNotFound(): never {
  throw notFound('requestUid');
}

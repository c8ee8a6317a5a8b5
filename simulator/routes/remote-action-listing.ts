import { invalidValue } from '../server/api-error';
import { pageOfList, PAGE_LIMITS, readPageRequest, type PageLimits } from '../server/paging';
import type { RemoteActionKind, RemoteActionRecord, RemoteRequest } from '../state/remote-action-state';
import { parseTimestamp } from '../util/time';
import { allowOnlyParams } from './body';
import { remoteActionView } from './remote-action-views';
import type { RouteContext, RouteResult } from './route-types';

/** Run Script get-actions pages hold 100 actions and take no pageSize. */
export const FIXED_100: PageLimits = { defaultSize: 100, maxSize: 100 };

/** `GET /actions/requests/{reach|file-delete}`: newest first, by creation time and status. */
export function listRemoteRequests<R extends RemoteRequest>(
  ctx: RouteContext,
  kind: RemoteActionKind,
  requests: readonly R[],
  view: (request: R) => unknown,
): RouteResult {
  allowOnlyParams(ctx.query, ['createdFromDateTimeUtc', 'createdToDateTimeUtc', 'requestStatus', 'nextPage', 'pageSize']);
  const inWindow = createdWindow(ctx, 'createdFromDateTimeUtc', 'createdToDateTimeUtc');
  const wanted = ctx.query.get('requestStatus');
  const statuses = ['Init', 'Canceled', 'Completed', 'InProgress', 'Failed', 'Scheduled', 'PendingApproval'];
  if (wanted !== undefined && !statuses.includes(wanted))
    throw invalidValue('requestStatus', `requestStatus must be one of ${statuses.join(', ')}`);
  const store = ctx.state.remoteActions;
  const matching = [...requests]
    .reverse()
    .filter((r) => inWindow(r.createdMs) && (wanted === undefined || store.requestStatus(kind, r, ctx.now) === wanted));
  const page = pageOfList(matching, readPageRequest(ctx.query, PAGE_LIMITS.standard, ctx.fingerprint));
  return { status: 200, data: page.items.map(view), ...(page.nextPage ? { nextPage: page.nextPage } : {}) };
}

export interface ActionQuery {
  kind: RemoteActionKind;
  requests: readonly RemoteRequest[];
  /** Empty means every device. */
  deviceUids: ReadonlySet<string>;
  statuses: readonly string[];
  allowedStatuses: readonly string[];
  createdFrom: string;
  createdTo: string;
  limits: PageLimits;
}

/** The actions of the given requests, filtered and paged. */
export function pageOfActions(ctx: RouteContext, query: ActionQuery): RouteResult {
  for (const status of query.statuses) {
    if (!query.allowedStatuses.includes(status))
      throw invalidValue('actionStatus', `actionStatus must be one of ${query.allowedStatuses.join(', ')}`);
  }
  const store = ctx.state.remoteActions;
  const inWindow = createdWindow(ctx, query.createdFrom, query.createdTo);
  const rows: Array<{ request: RemoteRequest; action: RemoteActionRecord }> = [];
  for (const request of query.requests) {
    if (!inWindow(request.createdMs)) continue;
    for (const action of request.actions) {
      if (query.deviceUids.size > 0 && !query.deviceUids.has(action.deviceUid)) continue;
      if (query.statuses.length > 0 && !query.statuses.includes(store.status(query.kind, request, action, ctx.now))) continue;
      rows.push({ request, action });
    }
  }
  const page = pageOfList(rows, readPageRequest(ctx.query, query.limits, ctx.fingerprint));
  const data = page.items.map(({ request, action }) => remoteActionView(store, query.kind, request, action, ctx.now));
  return { status: 200, data, ...(page.nextPage ? { nextPage: page.nextPage } : {}) };
}

/** Both bounds inclusive, as documented. */
function createdWindow(ctx: RouteContext, fromName: string, toName: string): (ms: number) => boolean {
  const bound = (name: string): number | undefined => {
    const raw = ctx.query.get(name);
    if (raw === undefined) return undefined;
    const ms = parseTimestamp(raw);
    if (ms === undefined) throw invalidValue(name, `${name} must be a date-time like 2024-01-01T00:00:00.000Z`);
    return ms;
  };
  const from = bound(fromName) ?? -Infinity;
  const to = bound(toName) ?? Infinity;
  return (ms) => ms >= from && ms <= to;
}

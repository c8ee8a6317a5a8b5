import { invalidValue } from '../server/api-error';
import { pageOfList, PAGE_LIMITS, readPageRequest, type PageLimits } from '../server/paging';
import { parseTimestamp } from '../util/time';
import { allowOnlyParams, requireObject, uuidList } from './body';
import type { RouteContext, RouteResult } from './route-types';

/** The documented `requestStatus` values of the action request listings. */
export const REQUEST_STATUSES = ['Init', 'Canceled', 'Completed', 'InProgress', 'Failed', 'Scheduled', 'PendingApproval'];

interface ActionRequest {
  createdMs: number;
  actions: readonly { deviceUid: string }[];
}

export interface RequestListing<R> {
  requests: readonly R[];
  statusOf(request: R): string;
  view(request: R): unknown;
  /** Unenroll and wipe take any `requestStatus` and compare it ignoring case; the others only a documented value, exactly. */
  anyStatusIgnoringCase?: boolean;
}

/** `GET /actions/requests/{kind}`: requests newest first, filtered by creation time and status. */
export function pageOfRequests<R extends ActionRequest>(ctx: RouteContext, listing: RequestListing<R>): RouteResult {
  allowOnlyParams(ctx.query, ['createdFromDateTimeUtc', 'createdToDateTimeUtc', 'requestStatus', 'nextPage', 'pageSize']);
  const inWindow = createdWindow(ctx, 'createdFromDateTimeUtc', 'createdToDateTimeUtc');
  const wanted = ctx.query.get('requestStatus');
  if (wanted !== undefined && !listing.anyStatusIgnoringCase && !REQUEST_STATUSES.includes(wanted))
    throw invalidValue('requestStatus', `requestStatus must be one of ${REQUEST_STATUSES.join(', ')}`);
  const matchesStatus = (status: string) =>
    wanted === undefined || (listing.anyStatusIgnoringCase ? status.toLowerCase() === wanted.toLowerCase() : status === wanted);
  const matching = [...listing.requests].reverse().filter((r) => inWindow(r.createdMs) && matchesStatus(listing.statusOf(r)));
  const page = pageOfList(matching, readPageRequest(ctx.query, PAGE_LIMITS.standard, ctx.fingerprint));
  return { status: 200, data: page.items.map((r) => listing.view(r)), ...(page.nextPage ? { nextPage: page.nextPage } : {}) };
}

export interface ActionListing<R extends ActionRequest> {
  requests: readonly R[];
  /** Empty means every device. */
  deviceUids: ReadonlySet<string>;
  /** The `actionStatus` values this resource documents. */
  allowedStatuses: readonly string[];
  /** The creation-time filter parameters, `createdFromDateTimeUtc` and `createdToDateTimeUtc` unless named. */
  createdFrom?: string;
  createdTo?: string;
  /** The standard page sizes unless given. */
  limits?: PageLimits;
  statusOf(request: R, action: R['actions'][number]): string;
  view(request: R, action: R['actions'][number]): unknown;
}

/** `POST /actions/{kind}/get-actions[/{requestUid}]`: the actions of the given requests, filtered by `actionStatus` and creation time, paged. */
export function pageOfActions<R extends ActionRequest>(ctx: RouteContext, listing: ActionListing<R>): RouteResult {
  const statuses = ctx.query.getAll('actionStatus');
  for (const status of statuses) {
    if (!listing.allowedStatuses.includes(status))
      throw invalidValue('actionStatus', `actionStatus must be one of ${listing.allowedStatuses.join(', ')}`);
  }
  const inWindow = createdWindow(ctx, listing.createdFrom ?? 'createdFromDateTimeUtc', listing.createdTo ?? 'createdToDateTimeUtc');
  const rows: Array<{ request: R; action: R['actions'][number] }> = [];
  for (const request of listing.requests) {
    if (!inWindow(request.createdMs)) continue;
    for (const action of request.actions) {
      if (listing.deviceUids.size > 0 && !listing.deviceUids.has(action.deviceUid)) continue;
      if (statuses.length > 0 && !statuses.includes(listing.statusOf(request, action))) continue;
      rows.push({ request, action });
    }
  }
  const page = pageOfList(rows, readPageRequest(ctx.query, listing.limits ?? PAGE_LIMITS.standard, ctx.fingerprint));
  const data = page.items.map(({ request, action }) => listing.view(request, action));
  return { status: 200, data, ...(page.nextPage ? { nextPage: page.nextPage } : {}) };
}

/** The get-actions body `{deviceUids}` where it is optional: absent or an empty list means every device. */
export function optionalDeviceFilter(body: unknown): ReadonlySet<string> {
  const data = body === undefined ? {} : requireObject(body);
  return new Set(uuidList(data['deviceUids'], 'deviceUids', 0, 10_000));
}

/** Both bounds inclusive, as documented for these filters. */
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

import type { PageLimits } from '../server/paging';
import type { RemoteActionKind, RemoteRequest } from '../state/remote-action-state';
import { pageOfActions, pageOfRequests } from './action-pages';
import { remoteActionView } from './remote-action-views';
import type { RouteContext, RouteResult } from './route-types';

/** Run Script get-actions pages hold 100 actions and take no pageSize. */
export const FIXED_100: PageLimits = { defaultSize: 100, maxSize: 100 };

/** `GET /actions/requests/{reach|file-delete}`. */
export function listRemoteRequests<R extends RemoteRequest>(
  ctx: RouteContext,
  kind: RemoteActionKind,
  requests: readonly R[],
  view: (request: R) => unknown,
): RouteResult {
  const store = ctx.state.remoteActions;
  return pageOfRequests(ctx, { requests, statusOf: (r) => store.requestStatus(kind, r, ctx.now), view });
}

export interface ActionQuery {
  kind: RemoteActionKind;
  requests: readonly RemoteRequest[];
  /** Empty means every device. */
  deviceUids: ReadonlySet<string>;
  allowedStatuses: readonly string[];
  createdFrom?: string;
  createdTo?: string;
  limits?: PageLimits;
}

/** The Run Script or File Delete actions of the given requests, filtered and paged. */
export function pageOfRemoteActions(ctx: RouteContext, query: ActionQuery): RouteResult {
  const store = ctx.state.remoteActions;
  return pageOfActions(ctx, {
    ...query,
    statusOf: (request, action) => store.status(query.kind, request, action, ctx.now),
    view: (request, action) => remoteActionView(store, query.kind, request, action, ctx.now),
  });
}

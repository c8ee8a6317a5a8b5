import { invalidValue, validationError } from '../server/api-error';
import { optionalBoolean, requireObject, uuidList } from './body';

interface CancelableRequest<A> {
  requestUid: string;
  actions: readonly A[];
}

/**
 * The actions a `cancel-actions/{requestUid}` body picks: every one with `cancelAllActions` (which
 * wins over `actionUids`), else those in `actionUids`, each of which must belong to the request.
 */
export function actionsToCancel<A extends { actionUid: string }>(body: unknown, request: CancelableRequest<A>): readonly A[] {
  const data = requireObject(body);
  const cancelAll = optionalBoolean(data, 'cancelAllActions') ?? false;
  const actionUids = uuidList(data['actionUids'], 'actionUids', 0, 10_000);
  if (!cancelAll && actionUids.length === 0) throw validationError('actionUids', 'give actionUids or set cancelAllActions');
  const known = new Set(request.actions.map((a) => a.actionUid));
  const unknown = actionUids.find((uid) => !known.has(uid));
  if (unknown) throw invalidValue('actionUids', `action ${unknown} does not belong to request ${request.requestUid}`);
  return cancelAll ? request.actions : request.actions.filter((a) => actionUids.includes(a.actionUid));
}

import { notFound } from '../server/api-error';
import type { RouteContext } from './route-types';

/** The request the path's `{requestUid}` names (UIDs match whatever their case), or 404. */
export function requestInPath<R>(ctx: RouteContext, find: (requestUid: string) => R | undefined): R {
  const request = find((ctx.params['requestUid'] ?? '').toLowerCase());
  if (request === undefined) throw notFound('requestUid');
  return request;
}

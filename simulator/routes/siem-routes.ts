import { invalidRequest, validationError } from '../server/api-error';
import { PAGE_LIMITS, readPageRequest } from '../server/paging';
import { parseIsoMs } from '../util/time';
import { allowOnlyParams } from './body';
import type { RouteContext, RouteDefinition, RouteResult } from './route-types';

/** `GET /v3/reporting/siem-events`: inclusive window on createdDateTimeUtc, oldest first. */
export function siemRoutes(): RouteDefinition[] {
  return [{ method: 'GET', path: '/v3/reporting/siem-events', permissions: ['siem.manage'], handle: listEvents }];
}

function listEvents(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, ['fromDateTimeUtc', 'toDateTimeUtc', 'nextPage', 'pageSize']);
  const from = requiredTimestamp(ctx, 'fromDateTimeUtc');
  const to = requiredTimestamp(ctx, 'toDateTimeUtc');
  if (from > to) throw validationError('fromDateTimeUtc', 'fromDateTimeUtc must not be after toDateTimeUtc');
  const page = readPageRequest(ctx.query, PAGE_LIMITS.siem, ctx.fingerprint);
  const after =
    typeof page.position === 'object' && !Array.isArray(page.position) ? (page.position as { t: number; id: string }) : undefined;
  const result = ctx.state.events.query(from, to, ctx.now, page.pageSize, after);
  return { status: 200, data: result.events, ...(result.next ? { nextPage: page.cursorFor(result.next) } : {}) };
}

function requiredTimestamp(ctx: RouteContext, name: string): number {
  const raw = ctx.query.get(name);
  if (raw === undefined || raw === '') throw validationError(name, `${name} is required`);
  const ms = parseIsoMs(raw);
  if (ms === undefined) throw invalidRequest(name, `${name} must use the format yyyy-MM-ddTHH:mm:ss.SSSZ`, 'INVALID_VALUE');
  return ms;
}

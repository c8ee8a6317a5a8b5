import { DEVICE_GROUPS } from '../fleet/device-groups';
import { notFound } from '../server/api-error';
import { pageOfList, PAGE_LIMITS, readPageRequest } from '../server/paging';
import { renderDevice } from '../state/device-view';
import { allowOnlyParams, isUuid } from './body';
import type { RouteContext, RouteDefinition, RouteResult } from './route-types';

/** Device groups: documented as needing no specific permission, only a valid token. */
export function deviceGroupRoutes(): RouteDefinition[] {
  return [
    { method: 'GET', path: '/v3/configurations/device-groups/groups', permissions: [], handle: listGroups },
    { method: 'GET', path: '/v3/configurations/device-groups/devices/{deviceUid}/groups', permissions: [], handle: groupsOfDevice },
  ];
}

/** Exact-match filters compare case-insensitively, like the simulator's other simple filters. */
function listGroups(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, [
    'nextPage',
    'pageSize',
    'deviceGroupUid',
    'deviceGroupUidAnyOf',
    'displayName',
    'displayNameStartsWith',
    'groupType',
  ]);
  const q = (name: string) => ctx.query.get(name)?.toLowerCase();
  const uid = q('deviceGroupUid');
  const anyOf = q('deviceGroupUidAnyOf')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const name = q('displayName');
  const prefix = q('displayNameStartsWith');
  const type = q('groupType');
  const groups = DEVICE_GROUPS.filter(
    (g) =>
      (uid === undefined || g.deviceGroupUid === uid) &&
      (anyOf === undefined || anyOf.includes(g.deviceGroupUid)) &&
      (name === undefined || g.displayName.toLowerCase() === name) &&
      (prefix === undefined || g.displayName.toLowerCase().startsWith(prefix)) &&
      (type === undefined || g.groupType.toLowerCase() === type),
  );
  const page = pageOfList(groups, readPageRequest(ctx.query, PAGE_LIMITS.standard, ctx.fingerprint));
  return { status: 200, data: page.items, ...(page.nextPage ? { nextPage: page.nextPage } : {}) };
}

function groupsOfDevice(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  const uid = ctx.params['deviceUid'] ?? '';
  const index = isUuid(uid) ? ctx.state.indexOfDevice(uid) : undefined;
  if (index === undefined) throw notFound('deviceUid');
  const ids = new Set(renderDevice(ctx.state, index, ctx.now).deviceGroupIds ?? []);
  return { status: 200, data: DEVICE_GROUPS.filter((g) => ids.has(g.deviceGroupUid)) };
}

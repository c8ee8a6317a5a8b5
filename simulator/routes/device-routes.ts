import type { DeviceReport } from '../fleet/device-report';
import { allOf, type Predicate } from '../query/condition';
import { DEVICE_FILTER_PARAMS, DEVICE_SORT_FIELDS, isDeviceSelectField } from '../query/device-fields';
import { mergeSelections, readODataOptions } from '../query/odata-query';
import { DEVICE_ODATA } from '../query/odata-resources';
import { scanPage } from '../query/scan-page';
import { parseSelect, project } from '../query/select';
import { compareValues, parseSortBy, sortValue, type SortKey } from '../query/sort';
import { PAGE_LIMITS, readPageRequest } from '../server/paging';
import type { SimulatorState } from '../state/simulator-state';
import { renderDevice } from '../state/device-view';
import { visibleTo } from './device-visibility';
import { reportRowFilter } from './report-row-filter';
import type { RouteContext, RouteDefinition, RouteResult } from './route-types';

/** `GET /v3/reporting/devices` and `/devices-advanced`. */
export function deviceRoutes(): RouteDefinition[] {
  const orders = new SortOrderCache();
  return [
    { method: 'GET', path: '/v3/reporting/devices', permissions: ['devices.view'], handle: (ctx) => listDevices(ctx, orders, false) },
    {
      method: 'GET',
      path: '/v3/reporting/devices-advanced',
      permissions: ['devices.view'],
      handle: (ctx) => listDevices(ctx, orders, true),
    },
  ];
}

function listDevices(ctx: RouteContext, orders: SortOrderCache, advanced: boolean): RouteResult {
  const { query, state, now } = ctx;
  const odata = readODataOptions(ctx, DEVICE_ODATA, (device) => visibleTo(ctx.token, device));
  let matches: Predicate<DeviceReport> = reportRowFilter(ctx, DEVICE_FILTER_PARAMS, advanced);
  if (odata.matches) matches = allOf([matches, odata.matches]);
  const select = mergeSelections(parseSelect(query.getAll('select'), isDeviceSelectField), odata.select);
  const sort = parseSortBy(query.get('sortBy'), Object.keys(DEVICE_SORT_FIELDS), false)?.[0];
  const page = readPageRequest(query, PAGE_LIMITS.devices, ctx.fingerprint);

  const candidates = candidatePositions(ctx, advanced, sort, orders);
  const start = typeof page.position === 'number' ? page.position : 0;
  const result = scanPage(
    candidates.count,
    start,
    page.pageSize,
    (position) => renderDevice(state, candidates.indexAt(position), now),
    matches,
  );
  const data = result.items.map((device) => project(visibleTo(ctx.token, device), select));
  return { status: 200, data, ...(result.nextPosition !== undefined ? { nextPage: page.cursorFor(result.nextPosition) } : {}) };
}

interface Candidates {
  count: number;
  indexAt(position: number): number;
}

/**
 * The positions to scan. Natural order needs no index at all; `deviceUid=` lookups jump straight
 * to the devices; any other sort builds (and caches) a full ordering once.
 */
function candidatePositions(ctx: RouteContext, advanced: boolean, sort: SortKey | undefined, orders: SortOrderCache): Candidates {
  const { state } = ctx;
  if (sort) {
    const order = orders.get(state, sort, ctx.now);
    return { count: order.length, indexAt: (p) => order[p] ?? 0 };
  }
  const uids = advanced ? [] : ctx.query.getAll('deviceUid');
  if (uids.length > 0) {
    const indices = [...new Set(uids.map((uid) => state.indexOfDevice(uid)).filter((i): i is number => i !== undefined))].sort(
      (a, b) => a - b,
    );
    return { count: indices.length, indexAt: (p) => indices[p] ?? 0 };
  }
  return { count: state.fleet.size, indexAt: (p) => p };
}

/** Fleet orderings by one sort key, rebuilt when the state changes (agentStatus also moves with the clock). */
class SortOrderCache {
  private readonly cache = new Map<string, Int32Array>();

  get(state: SimulatorState, sort: SortKey, nowMs: number): Int32Array {
    const key = `${sort.field}:${sort.descending}:${state.version}:${sort.field === 'agentStatus' ? nowMs : ''}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const getter = DEVICE_SORT_FIELDS[sort.field];
    if (!getter) throw new Error(`no getter for ${sort.field}`);
    const values = Array.from({ length: state.fleet.size }, (_, i) => sortValue(getter(renderDevice(state, i, nowMs))));
    const order = Int32Array.from({ length: state.fleet.size }, (_, i) => i);
    const direction = sort.descending ? -1 : 1;
    // Ties keep natural order, so paging is stable.
    order.sort((a, b) => direction * compareValues(values[a], values[b]) || a - b);
    if (this.cache.size > 8) this.cache.clear();
    this.cache.set(key, order);
    return order;
  }
}

import { softwareForDevice, SOFTWARE_REPORT_FIELDS, type SoftwareReport } from '../fleet/software-report';
import { allOf, type Predicate } from '../query/condition';
import { mergeSelections, readODataOptions } from '../query/odata-query';
import { SOFTWARE_ODATA } from '../query/odata-resources';
import { parseSelect, project } from '../query/select';
import { SOFTWARE_FILTER_PARAMS, SOFTWARE_SORT_FIELDS } from '../query/software-fields';
import { compareValues, parseSortBy, sortKeyText, sortValue, type SortKey } from '../query/sort';
import { PAGE_LIMITS, readPageRequest, type CursorPosition, type PageRequest } from '../server/paging';
import type { SimulatorState } from '../state/simulator-state';
import { reportRowFilter } from './report-row-filter';
import type { RouteContext, RouteDefinition, RouteResult } from './route-types';

const DEFAULT_SORT = 'deviceUid:asc,appId:asc';

/** `GET /v3/reporting/applications` and `/applications-advanced`. */
export function applicationRoutes(): RouteDefinition[] {
  const sorted = new Map<string, { device: number; app: number }[]>();
  const handle = (advanced: boolean) => (ctx: RouteContext) => listSoftware(ctx, sorted, advanced);
  return [
    { method: 'GET', path: '/v3/reporting/applications', permissions: ['software.view'], handle: handle(false) },
    { method: 'GET', path: '/v3/reporting/applications-advanced', permissions: ['software.view'], handle: handle(true) },
  ];
}

function listSoftware(ctx: RouteContext, sortCache: Map<string, { device: number; app: number }[]>, advanced: boolean): RouteResult {
  const { query, state } = ctx;
  const odata = readODataOptions(ctx, SOFTWARE_ODATA, (app) => app);
  let matches: Predicate<SoftwareReport> = reportRowFilter(ctx, SOFTWARE_FILTER_PARAMS, advanced);
  if (odata.matches) matches = allOf([matches, odata.matches]);
  const select = mergeSelections(
    parseSelect(query.getAll('select'), (name) => SOFTWARE_REPORT_FIELDS.includes(name)),
    odata.select,
  );
  const sort = parseSortBy(query.get('sortBy'), SOFTWARE_SORT_FIELDS, true);
  const page = readPageRequest(query, PAGE_LIMITS.applications, ctx.fingerprint);
  const deviceFilter = advanced ? [] : query.getAll('deviceUid');

  const result =
    sort && sortKeyText(sort) !== DEFAULT_SORT
      ? sortedPage(state, sort, sortCache, page, matches)
      : defaultOrderPage(state, deviceFilter, page, matches);
  return { status: 200, data: result.items.map((app) => project(app, select)), ...(result.nextPage ? { nextPage: result.nextPage } : {}) };
}

// Array.isArray widens a readonly array to any[]; this keeps the element type.
function isIndexList(position: CursorPosition | undefined): position is readonly number[] {
  return Array.isArray(position);
}

/**
 * Default order (deviceUid, appId) walks devices in uid order and their apps in appId order; the
 * cursor is `[deviceRank, appOffset]`, so nothing is materialised even for 100k devices.
 */
function defaultOrderPage(state: SimulatorState, deviceUids: readonly string[], page: PageRequest, matches: Predicate<SoftwareReport>) {
  const order = deviceUids.length > 0 ? devicesByUid(state, deviceUids) : state.fleet.uidOrder();
  const [startRank = 0, startApp = 0] = isIndexList(page.position) ? page.position : [];
  const items: SoftwareReport[] = [];
  for (let rank = startRank; rank < order.length; rank++) {
    const apps = appsOf(state, order[rank] ?? 0);
    for (let offset = rank === startRank ? startApp : 0; offset < apps.length; offset++) {
      const app = apps[offset];
      if (!app || !matches(app)) continue;
      if (items.length === page.pageSize) return { items, nextPage: page.cursorFor([rank, offset]) };
      items.push(app);
    }
  }
  return { items };
}

/** Any other sort materialises (device, app) pairs once per sort and state version. */
function sortedPage(
  state: SimulatorState,
  sort: SortKey[],
  cache: Map<string, { device: number; app: number }[]>,
  page: PageRequest,
  matches: Predicate<SoftwareReport>,
) {
  const key = `${sortKeyText(sort)}@${state.version}`;
  let entries = cache.get(key);
  if (!entries) {
    const rows: { device: number; app: number; keys: ReturnType<typeof sortValue>[] }[] = [];
    for (let device = 0; device < state.fleet.size; device++) {
      appsOf(state, device).forEach((app, i) =>
        rows.push({ device, app: i, keys: sort.map((k) => sortValue(app[k.field as keyof SoftwareReport])) }),
      );
    }
    rows.sort((a, b) => {
      for (let k = 0; k < sort.length; k++) {
        const diff = compareValues(a.keys[k], b.keys[k]);
        if (diff !== 0) return sort[k]?.descending ? -diff : diff;
      }
      return a.device - b.device || a.app - b.app;
    });
    entries = rows.map(({ device, app }) => ({ device, app }));
    cache.clear();
    cache.set(key, entries);
  }
  const list = entries;
  const start = typeof page.position === 'number' ? page.position : 0;
  const items: SoftwareReport[] = [];
  for (let position = start; position < list.length; position++) {
    const entry = list[position];
    const app = entry ? appsOf(state, entry.device)[entry.app] : undefined;
    if (!app || !matches(app)) continue;
    if (items.length === page.pageSize) return { items, nextPage: page.cursorFor(position) };
    items.push(app);
  }
  return { items };
}

function appsOf(state: SimulatorState, index: number): SoftwareReport[] {
  const os = state.fleet.baseReport(index).operatingSystem.name;
  return softwareForDevice(state.fleet.seed, state.fleet.identity(index), os, state.fleet.epochMs);
}

function devicesByUid(state: SimulatorState, uids: readonly string[]): number[] {
  const indices = new Set(uids.map((uid) => state.indexOfDevice(uid)).filter((i): i is number => i !== undefined));
  return [...indices].sort((a, b) => (state.fleet.identity(a).deviceUid < state.fleet.identity(b).deviceUid ? -1 : 1));
}

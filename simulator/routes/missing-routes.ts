import { emitApiEvent } from '../events/api-events';
import type { Fleet } from '../fleet/fleet';
import { invalidValue, validationError } from '../server/api-error';
import { pageOfList, PAGE_LIMITS, readPageRequest } from '../server/paging';
import { renderDevice } from '../state/device-view';
import { foundIneligibility, missingIneligibility } from '../state/incident/missing-status';
import type { SimulatorState } from '../state/simulator-state';
import { parseTimestamp } from '../util/time';
import { allowOnlyParams, requireObject, uuidList } from './body';
import type { RouteContext, RouteDefinition, RouteResult } from './route-types';

const BASE = '/v3/tracking/device-missing';
/** The operation text allows 100 devices per missing report (the schema says 10,000; the text is stricter). */
export const MISSING_MAX_DEVICES = 100;
export const FOUND_MAX_DEVICES = 10_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE_FILTERS = ['creationDateTimeUtc', 'lastNotificationDateTimeUtc'] as const;
const SUFFIXES = ['From', 'FromInclusive', 'To', 'ToInclusive'] as const;

/** Missing devices (the Missing Devices resource): report missing, report found, list. */
export function missingRoutes(): RouteDefinition[] {
  return [
    { method: 'GET', path: `${BASE}/missing`, permissions: ['missing.view'], handle: listMissing },
    { method: 'POST', path: `${BASE}/missing`, permissions: ['missing.manage'], handle: reportMissing },
    { method: 'POST', path: `${BASE}/found`, permissions: ['missing.manage'], handle: reportFound },
  ];
}

function reportMissing(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  const data = requireObject(ctx.body);
  const deviceUids = uuidList(data['deviceUids'], 'deviceUids', 1, MISSING_MAX_DEVICES);
  const emailContacts = emails(data['emailContacts']);
  const outcome = decide(ctx.state, deviceUids, ctx.now, missingIneligibility, (index, deviceUid) =>
    ctx.state.incident.markMissing({ deviceIndex: index, deviceUid, reportedMs: ctx.now, emailContacts }),
  );
  finish(ctx, 'reportMissing', 'DeviceReportedMissing', 'ReportedMissing', outcome.successDeviceUids);
  return { status: 200, data: outcome };
}

function reportFound(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  const deviceUids = uuidList(requireObject(ctx.body)['deviceUids'], 'deviceUids', 1, FOUND_MAX_DEVICES);
  const outcome = decide(ctx.state, deviceUids, ctx.now, foundIneligibility, (index) =>
    ctx.state.incident.markFound(index, ctx.state.fleet.baseReport(index).deviceStatus?.type === 'MISSING'),
  );
  finish(ctx, 'reportFound', 'DeviceReportedFound', 'ReportedFound', outcome.successDeviceUids);
  return { status: 200, data: outcome };
}

type Judge = typeof missingIneligibility;

/** Applies `act` to each eligible device once; the others are reported with the reason. */
function decide(
  state: SimulatorState,
  deviceUids: readonly string[],
  nowMs: number,
  judge: Judge,
  act: (index: number, uid: string) => void,
) {
  const successDeviceUids: string[] = [];
  const failDeviceUids: string[] = [];
  const deviceMissingFailDetails: { deviceUid: string; reason: string }[] = [];
  for (const deviceUid of new Set(deviceUids)) {
    const index = state.indexOfDevice(deviceUid);
    const device = index === undefined ? undefined : renderDevice(state, index, nowMs);
    const reason = judge(device);
    if (index === undefined || reason !== undefined) {
      failDeviceUids.push(deviceUid);
      deviceMissingFailDetails.push({ deviceUid, reason: reason ?? 'Device not found' });
      continue;
    }
    act(index, deviceUid);
    successDeviceUids.push(deviceUid);
  }
  return { successDeviceUids, failDeviceUids, deviceMissingFailDetails };
}

function finish(
  ctx: RouteContext,
  kind: 'reportMissing' | 'reportFound',
  eventType: string,
  verb: string,
  succeeded: readonly string[],
): void {
  if (succeeded.length === 0) return;
  ctx.state.version += 1;
  ctx.stats.action(kind);
  for (const uid of succeeded) {
    const name = ctx.state.device(uid)?.deviceName ?? uid;
    emitApiEvent(ctx.state, ctx.now, { eventType, verb, actor: ctx.token.username, objectType: 'Device', objectName: name, objectId: uid });
  }
}

function emails(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw validationError('emailContacts', 'emailContacts must be an array of email addresses');
  return value.map((item, i) => {
    if (typeof item !== 'string' || !EMAIL.test(item))
      throw validationError(`emailContacts[${i}]`, 'emailContacts must contain email addresses');
    return item;
  });
}

function listMissing(ctx: RouteContext): RouteResult {
  const dateParams = DATE_FILTERS.flatMap((f) => SUFFIXES.map((s) => `${f}${s}`));
  allowOnlyParams(ctx.query, ['nextPage', 'pageSize', 'deviceUid', ...dateParams]);
  const { state, now } = ctx;
  const wantedUid = ctx.query.get('deviceUid')?.toLowerCase();
  const inRange = DATE_FILTERS.map((field) => [field, rangeFilter(ctx, field)] as const);
  const rows = missingCandidates(state)
    .map((index) => renderDevice(state, index, now))
    .filter((d) => d.deviceStatus?.type === 'MISSING')
    .filter((d) => wantedUid === undefined || d.deviceUid === wantedUid)
    .map((d) => {
      const reported = d.deviceStatus?.reported ?? '';
      const checkedIn = d.lastConnectedDateTimeUtc > reported ? d.lastConnectedDateTimeUtc : undefined;
      const contacts = (d.deviceStatus?.emailContacts ?? '').split(',').filter(Boolean);
      return {
        deviceUid: d.deviceUid,
        creationDateTimeUtc: reported,
        ...(contacts.length > 0 ? { emailContacts: contacts } : {}),
        ...(checkedIn ? { lastNotificationDateTimeUtc: checkedIn } : {}),
      };
    })
    .filter((row) => inRange.every(([field, accepts]) => accepts(row[field])))
    .sort((a, b) =>
      a.creationDateTimeUtc === b.creationDateTimeUtc
        ? a.deviceUid < b.deviceUid
          ? -1
          : 1
        : a.creationDateTimeUtc < b.creationDateTimeUtc
          ? -1
          : 1,
    );
  const page = pageOfList(rows, readPageRequest(ctx.query, PAGE_LIMITS.standard, ctx.fingerprint));
  return { status: 200, data: page.items, ...(page.nextPage ? { nextPage: page.nextPage } : {}) };
}

/** `From`/`To` exclusive, `FromInclusive`/`ToInclusive` inclusive, as the parameters document. */
function rangeFilter(ctx: RouteContext, field: string): (value: string | undefined) => boolean {
  const bound = (suffix: string): number | undefined => {
    const raw = ctx.query.get(`${field}${suffix}`);
    if (raw === undefined) return undefined;
    const ms = parseTimestamp(raw);
    if (ms === undefined) throw invalidValue(`${field}${suffix}`, `${field}${suffix} must be a date-time like 2024-01-01T00:00:00.000Z`);
    return ms;
  };
  const [from, fromIn, to, toIn] = SUFFIXES.map(bound);
  if ([from, fromIn, to, toIn].every((b) => b === undefined)) return () => true;
  return (value) => {
    const ms = value === undefined ? Number.NaN : Date.parse(value);
    if (Number.isNaN(ms)) return false;
    return (
      (from === undefined || ms > from) &&
      (fromIn === undefined || ms >= fromIn) &&
      (to === undefined || ms < to) &&
      (toIn === undefined || ms <= toIn)
    );
  };
}

const generatedMissing = new WeakMap<Fleet, number[]>();

/** Devices that may be missing: generated as missing, overridden by tests, or reported through the API. */
function missingCandidates(state: SimulatorState): number[] {
  let generated = generatedMissing.get(state.fleet);
  if (!generated) {
    generated = [];
    for (let i = 0; i < state.fleet.size; i++) if (state.fleet.baseReport(i).deviceStatus?.type === 'MISSING') generated.push(i);
    generatedMissing.set(state.fleet, generated);
  }
  return [...new Set([...generated, ...state.overrides.keys(), ...state.incident.reportedIndices()])];
}

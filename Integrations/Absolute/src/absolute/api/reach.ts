import type { AbsoluteClient, ApiDownload } from '../client';
import { chunk } from '../filter';
import { collect } from '../paging';
import { pathSegment } from '../query';
import { z } from 'zod';
import { flag, lazySchema, list, nested, num, record, text, type OtherFields, type ReplyOf } from '../reply-schema';
import { presentId } from './ids';
import { actionRequestShape, createdSchema, deviceActionSchema, type ApiDeviceAction, type ActionRequestFilter } from './types';

/** Documented limits of the Reach endpoints. */
export const REACH_MAX_DEVICES = 10_000;
/** get-actions and cancel-actions take 1 to 100 device UIDs, and nothing else selects devices. */
export const REACH_ACTION_DEVICES_MAX = 100;
export const REACH_PAGE_MAX = 500;

export const SCRIPT_TYPES = ['Absolute', 'Custom'] as const;
export const REACH_PLATFORMS = ['Windows', 'Mac'] as const;
export type ReachPlatform = (typeof REACH_PLATFORMS)[number];

/** The Advanced Configuration Options of a run, per operating system (as read, and as sent back). */
const runScriptOptionShape = () =>
  nested({
    maxRunTime: num(),
    maxRunTimeUnit: text(),
    displayMode: text(),
    runPrivileges: text(),
    runWhen: text(),
    commandLine: text(),
    alwaysRun32bits: flag(),
    startupDir: text(),
  });
const scriptParamsShape = () => list(record({ paramName: text(), helpMessage: text(), required: flag(), type: text() }));

/** A script of the Reach Library. */
const reachScriptSchema = lazySchema(() =>
  record({
    scriptUid: text(),
    scriptName: text(),
    description: text(),
    scriptType: text(),
    supportedOS: z.unknown().optional(),
    createdDateTime: text(),
    lastModifiedDateTime: text(),
    winScriptParams: scriptParamsShape(),
    macScriptParams: scriptParamsShape(),
    winScript: nested({ fileName: text(), scriptOption: runScriptOptionShape() }),
    macScript: nested({ fileName: text(), scriptOption: runScriptOptionShape() }),
  }),
);
export type ApiReachScript = ReplyOf<typeof reachScriptSchema> & OtherFields;
export type ApiRunScriptOption = NonNullable<NonNullable<ApiReachScript['winScript']>['scriptOption']>;
export type ApiScriptParam = NonNullable<ApiReachScript['winScriptParams']>[number];

export interface RunScriptBody {
  scriptUid: string;
  deviceUids: readonly string[];
  requestTitle?: string;
  winScriptOption?: ApiRunScriptOption;
  macScriptOption?: ApiRunScriptOption;
}

/** A Run Script request: the usual counters plus the script and the options it ran with. */
const reachRequestSchema = lazySchema(() =>
  record({
    ...actionRequestShape(),
    actionId: text(),
    requestTitle: text(),
    scriptName: text(),
    scriptUid: text(),
    winScriptOption: runScriptOptionShape(),
    macScriptOption: runScriptOptionShape(),
  }),
);
export type ApiReachRequest = ReplyOf<typeof reachRequestSchema> & OtherFields;

export function listReachScripts(
  client: AbsoluteClient,
  filter: { scriptNameContains?: string; scriptType?: string },
  limit: number,
): Promise<ApiReachScript[]> {
  return collect(
    client,
    { method: 'GET', path: '/v3/actions/reach/scripts', query: { ...filter } },
    { item: reachScriptSchema, pageSize: Math.min(limit, REACH_PAGE_MAX), limit },
  );
}

export async function getReachScript(client: AbsoluteClient, scriptUid: string): Promise<ApiReachScript | undefined> {
  return (await client.request({ method: 'GET', path: `/v3/actions/reach/scripts/${pathSegment(scriptUid)}` }, reachScriptSchema)).data;
}

/** The script as Absolute serves it: a ZIP file. */
export function downloadReachScript(client: AbsoluteClient, scriptUid: string): Promise<ApiDownload> {
  return client.download({ path: `/v3/actions/reach/scripts/${pathSegment(scriptUid)}/content` });
}

export async function runReachScript(client: AbsoluteClient, body: RunScriptBody): Promise<string | undefined> {
  const response = await client.request({ method: 'POST', path: '/v3/actions/requests/reach', body }, createdSchema);
  return presentId(response.data?.requestUid);
}

export async function getReachRequest(client: AbsoluteClient, requestUid: string): Promise<ApiReachRequest | undefined> {
  return (await client.request({ method: 'GET', path: `/v3/actions/requests/reach/${pathSegment(requestUid)}` }, reachRequestSchema)).data;
}

export function listReachRequests(client: AbsoluteClient, filter: ActionRequestFilter, limit: number): Promise<ApiReachRequest[]> {
  return collect(
    client,
    { method: 'GET', path: '/v3/actions/requests/reach', query: { ...filter } },
    { item: reachRequestSchema, pageSize: Math.min(limit, REACH_PAGE_MAX), limit },
  );
}

/**
 * The actions of one request on the given devices, 100 devices per call (the API's limit; it has
 * no "all devices" form and no page size: pages hold 100 actions).
 */
export async function listReachActions(
  client: AbsoluteClient,
  requestUid: string,
  deviceUids: readonly string[],
): Promise<ApiDeviceAction[]> {
  const out: ApiDeviceAction[] = [];
  for (const part of chunk(deviceUids, REACH_ACTION_DEVICES_MAX)) {
    const request = {
      method: 'POST' as const,
      path: `/v3/actions/reach/get-actions/${pathSegment(requestUid)}`,
      body: { deviceUids: part },
      readOnly: true,
    };
    out.push(...(await collect(client, request, { item: deviceActionSchema })));
  }
  return out;
}

/** Cancels the request's Pending actions on these devices (100 per call). */
export async function cancelReachActions(client: AbsoluteClient, requestUid: string, deviceUids: readonly string[]): Promise<void> {
  for (const part of chunk(deviceUids, REACH_ACTION_DEVICES_MAX)) {
    await client.request({
      method: 'POST',
      path: `/v3/actions/reach/cancel-actions/${pathSegment(requestUid)}`,
      body: { deviceUids: part },
    });
  }
}

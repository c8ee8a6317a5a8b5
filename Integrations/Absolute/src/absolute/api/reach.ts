import type { AbsoluteClient, ApiDownload } from '../client';
import { chunk } from '../filter';
import { collect } from '../paging';
import { pathSegment } from '../query';
import { textId } from './ids';
import type { ApiActionRequest, ApiDeviceAction } from './types';

/** Documented limits of the Reach endpoints. */
export const REACH_MAX_DEVICES = 10_000;
/** get-actions and cancel-actions take 1 to 100 device UIDs, and nothing else selects devices. */
export const REACH_ACTION_DEVICES_MAX = 100;
export const REACH_PAGE_MAX = 500;

export const SCRIPT_TYPES = ['Absolute', 'Custom'] as const;
export const REACH_PLATFORMS = ['Windows', 'Mac'] as const;
export type ReachPlatform = (typeof REACH_PLATFORMS)[number];

/** The Advanced Configuration Options of a run, per operating system. */
export interface ApiRunScriptOption {
  maxRunTime?: number;
  maxRunTimeUnit?: string;
  displayMode?: string;
  runPrivileges?: string;
  runWhen?: string;
  commandLine?: string;
  alwaysRun32bits?: boolean;
  startupDir?: string;
}

export interface ApiScriptParam {
  paramName?: string;
  helpMessage?: string;
  required?: boolean;
  type?: string;
}

/** A script of the Reach Library. */
export interface ApiReachScript {
  scriptUid?: string;
  scriptName?: string;
  description?: string;
  scriptType?: string;
  supportedOS?: unknown;
  createdDateTime?: string;
  lastModifiedDateTime?: string;
  winScriptParams?: ApiScriptParam[];
  macScriptParams?: ApiScriptParam[];
  winScript?: { fileName?: string; scriptOption?: ApiRunScriptOption };
  macScript?: { fileName?: string; scriptOption?: ApiRunScriptOption };
  [key: string]: unknown;
}

export interface RunScriptBody {
  scriptUid: string;
  deviceUids: readonly string[];
  requestTitle?: string;
  winScriptOption?: ApiRunScriptOption;
  macScriptOption?: ApiRunScriptOption;
}

/** A Run Script request: the usual counters plus the script and the options it ran with. */
export interface ApiReachRequest extends ApiActionRequest {
  actionId?: string;
  requestTitle?: string;
  scriptName?: string;
  scriptUid?: string;
  winScriptOption?: ApiRunScriptOption;
  macScriptOption?: ApiRunScriptOption;
}

export interface ReachListFilter {
  createdFromDateTimeUtc?: string;
  createdToDateTimeUtc?: string;
  requestStatus?: string;
}

export function listReachScripts(
  client: AbsoluteClient,
  filter: { scriptNameContains?: string; scriptType?: string },
  limit: number,
): Promise<ApiReachScript[]> {
  return collect<ApiReachScript>(
    client,
    { method: 'GET', path: '/v3/actions/reach/scripts', query: { ...filter } },
    { pageSize: Math.min(limit, REACH_PAGE_MAX), limit },
  );
}

export async function getReachScript(client: AbsoluteClient, scriptUid: string): Promise<ApiReachScript | undefined> {
  return (await client.request<ApiReachScript>({ method: 'GET', path: `/v3/actions/reach/scripts/${pathSegment(scriptUid)}` })).data;
}

/** The script as Absolute serves it: a ZIP file. */
export function downloadReachScript(client: AbsoluteClient, scriptUid: string): Promise<ApiDownload> {
  return client.download({ path: `/v3/actions/reach/scripts/${pathSegment(scriptUid)}/content` });
}

export async function runReachScript(client: AbsoluteClient, body: RunScriptBody): Promise<string | undefined> {
  const response = await client.request<{ requestUid?: string }>({ method: 'POST', path: '/v3/actions/requests/reach', body });
  return textId(response.data?.requestUid);
}

export async function getReachRequest(client: AbsoluteClient, requestUid: string): Promise<ApiReachRequest | undefined> {
  return (await client.request<ApiReachRequest>({ method: 'GET', path: `/v3/actions/requests/reach/${pathSegment(requestUid)}` })).data;
}

export function listReachRequests(client: AbsoluteClient, filter: ReachListFilter, limit: number): Promise<ApiReachRequest[]> {
  return collect<ApiReachRequest>(
    client,
    { method: 'GET', path: '/v3/actions/requests/reach', query: { ...filter } },
    { pageSize: Math.min(limit, REACH_PAGE_MAX), limit },
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
    out.push(...(await collect<ApiDeviceAction>(client, request)));
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

import type { ApiReachRequest } from '../../absolute/api/reach';
import type { ApiDeviceAction } from '../../absolute/api/types';
import type { JsonObject } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { compact, str } from '../shared';
import { deviceActionContext, requestCountersContext, REQUEST_PROGRESS_HEADERS, requestProgressRow } from '../device-action-context';

/** `Absolute.ReachRequest`: the request, and the actions of the devices that were asked about. */
export function reachRequestContext(request: ApiReachRequest, actions?: readonly ApiDeviceAction[]): JsonObject {
  const mine = actions?.filter((a) => a.requestUid === undefined || a.requestUid === request.requestUid);
  return compact({
    ...requestCountersContext(request),
    ActionID: request.actionId,
    RequestTitle: request.requestTitle,
    ScriptUID: request.scriptUid,
    ScriptName: request.scriptName,
    WindowsCommandLine: request.winScriptOption?.commandLine,
    MacCommandLine: request.macScriptOption?.commandLine,
    Actions: mine?.map(deviceActionContext),
  });
}

const HEADERS = ['Request UID', 'Request Title', 'Script Name', ...REQUEST_PROGRESS_HEADERS];

export function reachRequestsTable(title: string, requests: readonly ApiReachRequest[]): string {
  const rows = requests.map((r) => ({
    'Request UID': str(r.requestUid) ?? '',
    'Request Title': str(r.requestTitle) ?? '',
    'Script Name': str(r.scriptName) ?? '',
    ...requestProgressRow(r),
  }));
  return tableToMarkdown(title, rows, { headers: HEADERS });
}

export const REACH_REQUEST_KEY = { prefix: 'Absolute.ReachRequest', keyField: 'RequestUID' } as const;

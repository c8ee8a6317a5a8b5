import type { ApiFileDeleteAction, ApiFileDeleteRequest } from '../../absolute/api/file-delete';
import type { JsonObject } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { deviceActionContext, requestCountersContext, REQUEST_PROGRESS_HEADERS, requestProgressRow } from '../device-action-context';
import { compact, str } from '../shared';

export const FILE_DELETE_REQUEST_KEY = { prefix: 'Absolute.FileDeleteRequest', keyField: 'RequestUID' } as const;

/** `Absolute.FileDeleteRequest`: the request, its options, and (when read) every device's action. */
export function fileDeleteRequestContext(request: ApiFileDeleteRequest, actions?: readonly ApiFileDeleteAction[]): JsonObject {
  const patterns = Array.isArray(request.filePatterns) ? request.filePatterns : [];
  return compact({
    ...requestCountersContext(request),
    RequestID: request.requestId,
    WipeType: request.wipeType,
    SecureEraseCount: request.secureEraseCount,
    IncludeFileDateInLog: request.includeFileDateInLog,
    UnenrollDevicesAndFreeLicenses: request.unenrollDevicesAndFreeLicenses,
    FilePatterns: patterns.map((p) => ({
      Platform: str(p.platform) ?? '',
      Patterns: Array.isArray(p.patterns) ? p.patterns.map(String) : [],
    })),
    Actions: actions?.filter((a) => a.requestUid === undefined || a.requestUid === request.requestUid).map(deviceActionContext),
  });
}

const HEADERS = ['Request UID', 'Request ID', 'Wipe Type', ...REQUEST_PROGRESS_HEADERS];

export function fileDeleteRequestsTable(title: string, requests: readonly ApiFileDeleteRequest[]): string {
  const rows = requests.map((r) => ({
    'Request UID': str(r.requestUid) ?? '',
    'Request ID': str(r.requestId) ?? '',
    'Wipe Type': str(r.wipeType) ?? '',
    ...requestProgressRow(r),
  }));
  return tableToMarkdown(title, rows, { headers: HEADERS });
}

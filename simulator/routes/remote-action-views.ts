import type { ReachScriptRecord } from '../fleet/reach-scripts';
import type {
  FileDeleteRequestRecord,
  ReachRequestRecord,
  RemoteActionKind,
  RemoteActionRecord,
  RemoteActionState,
  RemoteRequest,
} from '../state/remote-action-state';
import { isoMs } from '../util/time';
import { actionRowStart } from './action-row';

/** A script as `GET /actions/reach/scripts` returns it (the content is served separately). */
export function scriptView(script: ReachScriptRecord) {
  const os = (s: ReachScriptRecord['winScript']) => (s ? { fileName: s.fileName, scriptOption: { ...s.scriptOption } } : undefined);
  return {
    scriptUid: script.scriptUid,
    description: script.description,
    scriptName: script.scriptName,
    supportedOS: [...script.supportedOS],
    scriptType: script.scriptType,
    createdDateTime: script.createdDateTime,
    lastModifiedDateTime: script.lastModifiedDateTime,
    winScriptParams: script.winScriptParams.map((p) => ({ ...p })),
    macScriptParams: script.macScriptParams.map((p) => ({ ...p })),
    ...(script.winScript ? { winScript: os(script.winScript) } : {}),
    ...(script.macScript ? { macScript: os(script.macScript) } : {}),
  };
}

function common(store: RemoteActionState, kind: RemoteActionKind, request: RemoteRequest, nowMs: number) {
  return {
    ...store.counters(kind, request, nowMs),
    requestUid: request.requestUid,
    requestStatus: store.requestStatus(kind, request, nowMs),
    createdDateTimeUtc: isoMs(request.createdMs),
    updatedDateTimeUtc: isoMs(store.requestUpdatedMs(request, nowMs)),
    requester: request.requester,
  };
}

export function reachRequestView(store: RemoteActionState, request: ReachRequestRecord, nowMs: number) {
  return {
    ...common(store, 'reach', request, nowMs),
    actionId: request.actionId,
    ...(request.requestTitle !== undefined ? { requestTitle: request.requestTitle } : {}),
    scriptName: request.scriptName,
    scriptUid: request.scriptUid,
    ...(request.winScriptOption ? { winScriptOption: { ...request.winScriptOption } } : {}),
    ...(request.macScriptOption ? { macScriptOption: { ...request.macScriptOption } } : {}),
  };
}

export function fileDeleteRequestView(store: RemoteActionState, request: FileDeleteRequestRecord, nowMs: number) {
  return {
    ...common(store, 'fileDelete', request, nowMs),
    requestId: request.requestId,
    wipeType: request.wipeType,
    ...(request.secureEraseCount !== undefined ? { secureEraseCount: request.secureEraseCount } : {}),
    ...(request.includeFileDateInLog !== undefined ? { includeFileDateInLog: request.includeFileDateInLog } : {}),
    ...(request.filePatterns
      ? { filePatterns: request.filePatterns.map((p) => ({ platform: p.platform, patterns: [...p.patterns] })) }
      : {}),
    ...(request.unenrollDevicesAndFreeLicenses !== undefined
      ? { unenrollDevicesAndFreeLicenses: request.unenrollDevicesAndFreeLicenses }
      : {}),
  };
}

/** A per-device action as the get-actions endpoints return it. */
export function remoteActionView(
  store: RemoteActionState,
  kind: RemoteActionKind,
  request: RemoteRequest,
  action: RemoteActionRecord,
  nowMs: number,
) {
  const status = store.status(kind, request, action, nowMs);
  return {
    ...actionRowStart(request.requestUid, action),
    actionStatus: status,
    createdDateTimeUtc: isoMs(request.createdMs),
    updatedDateTimeUtc: isoMs(store.updatedMs(request, action, nowMs)),
    ...(action.failureReason ? { actionStatusDetails: action.failureReason } : {}),
    ...(status === 'Completed' && action.certificateUid ? { certificateUid: action.certificateUid } : {}),
  };
}

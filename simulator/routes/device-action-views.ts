import type { DeviceActionRecord, DeviceActionRequest, DeviceActionStore } from '../state/device-action-store';
import { isoMs } from '../util/time';
import { actionRowStart } from './action-row';

/** A request summary as `GET /actions/requests/{unenroll|wipe}` returns it. */
export function requestView(store: DeviceActionStore, request: DeviceActionRequest, nowMs: number) {
  return {
    ...store.counters(request, nowMs),
    requestId: request.requestId,
    requestUid: request.requestUid,
    requestStatus: store.requestStatus(request, nowMs),
    createdDateTimeUtc: isoMs(request.createdMs),
    updatedDateTimeUtc: isoMs(store.requestUpdatedMs(request, nowMs)),
    requester: request.requester,
    ...(request.kind === 'unenroll' ? { excludeMissingDevices: request.excludeMissingDevices ?? false } : {}),
    ...(request.kind === 'wipe'
      ? {
          ...(request.macUsername !== undefined ? { macUsername: request.macUsername } : {}),
          // The password is write-only in the simulator: echoing a secret back would teach clients bad habits.
          ...(request.macPwd !== undefined ? { macPwd: '********' } : {}),
          unenrollDevicesAndFreeLicenses: request.unenrollDevicesAndFreeLicenses ?? false,
        }
      : {}),
  };
}

/** A per-device action as `POST /actions/{unenroll|wipe}/get-actions` returns it. */
export function actionView(store: DeviceActionStore, action: DeviceActionRecord, nowMs: number) {
  const status = store.status(action, nowMs);
  return {
    ...actionRowStart(action.request.requestUid, action),
    createdDateTimeUtc: isoMs(action.request.createdMs),
    updatedDateTimeUtc: isoMs(store.updatedMs(action, nowMs)),
    actionStatus: status,
    ...(action.failureReason ? { actionStatusDetails: action.failureReason } : {}),
    ...(status === 'Succeeded' && action.certificateUid ? { certificateUid: action.certificateUid } : {}),
  };
}

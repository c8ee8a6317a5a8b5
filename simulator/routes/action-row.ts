import type { DeviceActionBase } from '../state/action-record';

/** The fields every get-actions row starts with, whichever resource the action belongs to. */
export function actionRowStart(requestUid: string, action: DeviceActionBase) {
  return { actionUid: action.actionUid, requestUid, deviceUid: action.deviceUid, deviceName: action.deviceName, esn: action.esn };
}

import type { DeviceReport } from '../fleet/device-report';
import type { DeviceActionBase } from '../state/action-record';
import { renderDevice } from '../state/device-view';
import type { SimulatorState } from '../state/simulator-state';

export interface RequestedDevice {
  index: number;
  device: Readonly<DeviceReport>;
}

/**
 * The devices an action request names, each once, in the order given, as they stand at `nowMs`.
 * Unknown UIDs get no action: the real API silently skips them.
 */
export function* requestedDevices(state: SimulatorState, deviceUids: readonly string[], nowMs: number): Generator<RequestedDevice> {
  for (const deviceUid of new Set(deviceUids)) {
    const index = state.indexOfDevice(deviceUid);
    if (index !== undefined) yield { index, device: renderDevice(state, index, nowMs) };
  }
}

/** The fields every per-device action copies from its device. */
export function actionTarget(actionUid: string, { index, device }: RequestedDevice): DeviceActionBase {
  return { actionUid, deviceIndex: index, deviceUid: device.deviceUid, deviceName: device.deviceName, esn: device.esn };
}

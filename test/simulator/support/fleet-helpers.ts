import type { DeviceReport, RunningSimulator } from '../../../simulator';

/** Every device as the simulator currently reports it, in natural order. */
export function allDevices(sim: RunningSimulator): DeviceReport[] {
  const devices: DeviceReport[] = [];
  for (let i = 0; i < sim.state.fleet.size; i++) {
    const device = sim.state.device(i);
    if (device) devices.push(device);
  }
  return devices;
}

export function firstDevice(sim: RunningSimulator, predicate: (d: DeviceReport) => boolean, from = 1): DeviceReport {
  const found = allDevices(sim).slice(from).find(predicate);
  if (!found) throw new Error('no device in the test fleet matches');
  return found;
}

export function uidsOf(items: readonly { deviceUid: string }[]): string[] {
  return items.map((d) => d.deviceUid);
}

import type { DeviceReport } from '../../fleet/device-report';
import { isoMs } from '../../util/time';
import type { IncidentState } from './incident-state';

/**
 * Layers missing/found reports over a device's report: a device reported missing through the API
 * shows `deviceStatus.type MISSING` until it is reported found; a device generated as missing loses
 * its status once found. Stolen devices are left alone (found reports refuse them).
 */
export function applyMissingStatus(incident: IncidentState, device: DeviceReport, index: number): void {
  const record = incident.missingRecord(index);
  if (record) {
    device.deviceStatus = {
      type: 'MISSING',
      reported: isoMs(record.reportedMs),
      ...(record.emailContacts.length > 0 ? { emailContacts: record.emailContacts.join(',') } : {}),
    };
    return;
  }
  if (incident.isFound(index) && device.deviceStatus?.type === 'MISSING') device.deviceStatus = undefined;
}

/** Why a missing report would be refused for this device, or undefined when it can be made. */
export function missingIneligibility(device: Readonly<DeviceReport> | undefined): string | undefined {
  if (!device) return 'Device not found';
  if (device.deviceStatus?.type === 'MISSING') return 'The device is already reported missing';
  if (device.deviceStatus?.type === 'STOLEN' || device.isStolen) return 'The device is reported stolen';
  if (device.agentStatus !== 'A') return `The device agent is not active (agentStatus ${device.agentStatus})`;
  return undefined;
}

/** Why a found report would be refused for this device, or undefined when it can be made. */
export function foundIneligibility(device: Readonly<DeviceReport> | undefined): string | undefined {
  if (!device) return 'Device not found';
  if (device.deviceStatus?.type === 'STOLEN' || device.isStolen)
    return 'The device is reported stolen; close the theft report in the Secure Endpoint Console';
  if (device.deviceStatus?.type !== 'MISSING') return 'The device is not reported missing';
  return undefined;
}

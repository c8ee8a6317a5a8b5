import type { DeviceActionBase } from '../action-record';

/**
 * What the missing-device, end-user-message and device-group resources change, as plain JSON: no
 * classes, maps or back-references, so the whole tenant state can be saved and restored
 * (`JSON.stringify(state.incident.data)`, `IncidentState.restore`). Everything derived (statuses,
 * counters) is computed from this and the clock when read.
 */
export interface IncidentData {
  /** Bumped per minted id; ids are a pure function of (seed, counter). */
  idCounter: number;
  requestCounter: number;
  /** Devices reported missing through the API, keyed by fleet index. */
  missing: Record<string, MissingRecord>;
  /** Fleet indices of devices generated as missing that were later reported found. */
  foundIndices: number[];
  eumRequests: EumRequestRecord[];
  eumMessages: EumMessageRecord[];
}

export interface MissingRecord {
  deviceIndex: number;
  deviceUid: string;
  reportedMs: number;
  emailContacts: string[];
}

export interface EumRequestRecord {
  requestUid: string;
  requestId: string;
  createdMs: number;
  requester: string;
  message: string;
  messageUid?: string;
  /** When the message is to be shown; absent means at the device's next connection. */
  scheduledMs?: number;
  snoozeTimes: number;
  displayMode: 'Dialog' | 'FullScreen';
  submitButtonCaption: string;
  requestTitle?: string;
  description?: string;
  actions: EumActionRecord[];
}

/** A Send Message action: the common per-device fields only. */
export type EumActionRecord = DeviceActionBase;

/** A saved End User Message (created in the console; the API only reads them). */
export interface EumMessageRecord {
  messageUid: string;
  name: string;
  content: string;
  createdMs: number;
  updatedMs: number;
  createdByUserUid: string;
  updatedByUserUid: string;
}

export function emptyIncidentData(): IncidentData {
  return { idCounter: 0, requestCounter: 20_000, missing: {}, foundIndices: [], eumRequests: [], eumMessages: [] };
}

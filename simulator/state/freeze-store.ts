import { finishMs, phaseAt, type ActionStatus } from './action-progress';
import { savedList, type Persistent } from './persistent';

export type FreezeType = 'OnDemand' | 'Scheduled' | 'OffLine';
export type PasscodeOption = 'UserDefined' | 'RandomForAll' | 'RandomForEach';

/** One freeze request as submitted (the parts every device record shares). */
export interface FreezeRequest {
  requestUid: string;
  requestTitle: string;
  createdMs: number;
  requester: string;
  type: FreezeType;
  scheduledMs?: number;
  offlineTimeSeconds?: number;
  passcodeOption: PasscodeOption;
  passcodeLength: number;
  message: string;
  messageName: string;
  notificationEmails: string[];
  freezeId: string;
  records: FreezeDeviceRecord[];
}

/** The per-device record `GET /actions/freeze/requests/{uid}` lists. */
export interface FreezeDeviceRecord {
  id: string;
  actionUid: string;
  request: FreezeRequest;
  deviceIndex: number;
  deviceUid: string;
  policyGroupUid: string;
  passcode: string;
  ineligibleReason?: string;
  /** Set when remove-freeze (or a newer request) ended this record. */
  endedMs?: number;
  endedBy?: string;
  isCurrent: boolean;
}

/** Freeze requests plus, per device, the current record of each freeze type. */
export class FreezeStore implements Persistent {
  readonly requests = new Map<string, FreezeRequest>();
  private readonly currentByDevice = new Map<number, Map<FreezeType, FreezeDeviceRecord>>();
  /** Devices generated as frozen whose freeze was removed through the API. */
  readonly initialFreezeRemoved = new Set<number>();

  constructor(private readonly progressMs: () => number) {}

  /** Requests with their records; a record's link back to its request is rebuilt on restore. */
  snapshot(): unknown {
    const requests = [...this.requests.values()].map((r) => ({ ...r, records: r.records.map(({ request: _link, ...record }) => record) }));
    return { requests, initialFreezeRemoved: [...this.initialFreezeRemoved] };
  }

  restore(data: unknown): void {
    const saved = (data ?? {}) as { requests?: unknown; initialFreezeRemoved?: unknown };
    this.requests.clear();
    this.currentByDevice.clear();
    this.initialFreezeRemoved.clear();
    for (const index of savedList<number>(saved.initialFreezeRemoved)) this.initialFreezeRemoved.add(index);
    for (const request of savedList<FreezeRequest>(saved.requests)) {
      this.requests.set(request.requestUid, request);
      for (const record of request.records) {
        record.request = request;
        if (record.isCurrent && !record.ineligibleReason) this.currentFor(record.deviceIndex).set(request.type, record);
      }
    }
  }

  add(request: FreezeRequest): void {
    this.requests.set(request.requestUid, request);
    for (const record of request.records) {
      if (record.ineligibleReason) continue;
      const current = this.currentFor(record.deviceIndex);
      const previous = current.get(request.type);
      // One outstanding request per freeze type per device: the newer one replaces the older.
      if (previous) this.end(previous, request.createdMs, request.requester);
      current.set(request.type, record);
    }
  }

  /** Whether any freeze activity (current or removed) concerns this device. */
  touches(deviceIndex: number): boolean {
    return this.currentByDevice.has(deviceIndex) || this.initialFreezeRemoved.has(deviceIndex);
  }

  current(deviceIndex: number, type: FreezeType): FreezeDeviceRecord | undefined {
    return this.currentByDevice.get(deviceIndex)?.get(type);
  }

  /** Marks a record finished by removal or replacement; unfinished ones read as Canceled. */
  end(record: FreezeDeviceRecord, atMs: number, by: string): void {
    record.isCurrent = false;
    record.endedMs ??= atMs;
    record.endedBy ??= by;
    const current = this.currentByDevice.get(record.deviceIndex);
    if (current?.get(record.request.type) === record) current.delete(record.request.type);
  }

  status(record: FreezeDeviceRecord, nowMs: number): ActionStatus {
    if (record.ineligibleReason) return 'Ineligible';
    const done = finishMs(record.request.createdMs, this.progressMs());
    if (record.endedMs !== undefined && record.endedMs < done) return 'Canceled';
    const phase = phaseAt(record.request.createdMs, this.progressMs(), Math.min(nowMs, record.endedMs ?? nowMs));
    return phase === 'Done' ? 'Succeeded' : phase;
  }

  private currentFor(deviceIndex: number): Map<FreezeType, FreezeDeviceRecord> {
    let current = this.currentByDevice.get(deviceIndex);
    if (!current) {
      current = new Map();
      this.currentByDevice.set(deviceIndex, current);
    }
    return current;
  }
}

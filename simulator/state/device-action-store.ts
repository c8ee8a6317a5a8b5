import { clockedActionStatus, clockedActionUpdatedMs, finishMs, type ActionStatus } from './action-progress';
import { countStatuses, settledRequestStatus, type DeviceActionBase, type RequestCounters } from './action-record';
import { savedList, type Persistent } from './persistent';

export type DeviceActionKind = 'unenroll' | 'wipe';

/** An unenroll or wipe request as submitted. */
export interface DeviceActionRequest {
  kind: DeviceActionKind;
  requestUid: string;
  requestId: string;
  createdMs: number;
  requester: string;
  excludeMissingDevices?: boolean;
  macUsername?: string;
  macPwd?: string;
  unenrollDevicesAndFreeLicenses?: boolean;
  actions: DeviceActionRecord[];
}

export interface DeviceActionRecord extends DeviceActionBase {
  request: DeviceActionRequest;
  /** Whether success also unenrolls the device (always for unenroll; Mac or opt-in for wipe). */
  unenrollsDevice: boolean;
  certificateUid?: string;
}

/** Requests and per-device actions of one kind, with statuses derived from the clock. */
export class DeviceActionStore implements Persistent {
  readonly requests: DeviceActionRequest[] = [];
  private readonly byDevice = new Map<number, DeviceActionRecord[]>();

  constructor(
    readonly kind: DeviceActionKind,
    private readonly progressMs: () => number,
  ) {}

  /** Requests with their actions; an action's link back to its request is rebuilt on restore. */
  snapshot(): unknown {
    return this.requests.map((r) => ({ ...r, actions: r.actions.map(({ request: _link, ...action }) => action) }));
  }

  restore(data: unknown): void {
    this.requests.length = 0;
    this.byDevice.clear();
    for (const request of savedList<DeviceActionRequest>(data)) {
      for (const action of request.actions) action.request = request;
      this.add(request);
    }
  }

  add(request: DeviceActionRequest): void {
    this.requests.push(request);
    for (const action of request.actions) {
      const list = this.byDevice.get(action.deviceIndex) ?? [];
      list.push(action);
      this.byDevice.set(action.deviceIndex, list);
    }
  }

  find(requestUid: string): DeviceActionRequest | undefined {
    return this.requests.find((r) => r.requestUid === requestUid);
  }

  touches(deviceIndex: number): boolean {
    return this.byDevice.has(deviceIndex);
  }

  actionsForDevice(deviceIndex: number): readonly DeviceActionRecord[] {
    return this.byDevice.get(deviceIndex) ?? [];
  }

  status(action: DeviceActionRecord, nowMs: number): ActionStatus {
    return clockedActionStatus(
      action,
      action.request.createdMs,
      this.progressMs(),
      nowMs,
      this.kind === 'unenroll' ? 'Completed' : 'Succeeded',
    );
  }

  /** When the action reached its final state, if it has by `nowMs` and succeeded. */
  succeededAt(action: DeviceActionRecord, nowMs: number): number | undefined {
    const status = this.status(action, nowMs);
    return status === 'Completed' || status === 'Succeeded' ? finishMs(action.request.createdMs, this.progressMs()) : undefined;
  }

  updatedMs(action: DeviceActionRecord, nowMs: number): number {
    return clockedActionUpdatedMs(action, action.request.createdMs, this.progressMs(), nowMs);
  }

  counters(request: DeviceActionRequest, nowMs: number): RequestCounters {
    return countStatuses(request.actions.map((action) => this.status(action, nowMs)));
  }

  /** Request-level status (v3 values Init|Canceled|Completed|InProgress|Failed|...). */
  requestStatus(request: DeviceActionRequest, nowMs: number): string {
    return settledRequestStatus(this.counters(request, nowMs));
  }

  requestUpdatedMs(request: DeviceActionRequest, nowMs: number): number {
    return request.actions.reduce((latest, action) => Math.max(latest, this.updatedMs(action, nowMs)), request.createdMs);
  }
}

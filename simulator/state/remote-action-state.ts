import { seedReachScripts, type ReachScriptRecord } from '../fleet/reach-scripts';
import { uuidFrom } from '../util/ids';
import { rngFor } from '../util/prng';
import { clockedActionStatus, clockedActionUpdatedMs, finishMs, type ActionStatus } from './action-progress';
import { countStatuses, settledRequestStatus, type DeviceActionBase, type RequestCounters } from './action-record';

/** One device's action in a Run Script or File Delete request. */
export interface RemoteActionRecord extends DeviceActionBase {
  /** Whether completing the action un-enrolls the device (File Delete of all user files). */
  unenrollsDevice: boolean;
  certificateUid?: string;
}

export interface RunScriptOptionRecord {
  maxRunTime?: number;
  maxRunTimeUnit?: string;
  displayMode?: string;
  runPrivileges?: string;
  runWhen?: string;
  commandLine?: string;
  alwaysRun32bits?: boolean;
  startupDir?: string;
}

export interface ReachRequestRecord {
  requestUid: string;
  actionId: string;
  createdMs: number;
  requester: string;
  requestTitle?: string;
  scriptUid: string;
  scriptName: string;
  winScriptOption?: RunScriptOptionRecord;
  macScriptOption?: RunScriptOptionRecord;
  actions: RemoteActionRecord[];
}

export interface FileDeleteRequestRecord {
  requestUid: string;
  requestId: string;
  createdMs: number;
  requester: string;
  wipeType: string;
  secureEraseCount?: number;
  includeFileDateInLog?: boolean;
  filePatterns?: Array<{ platform: string; patterns: string[] }>;
  unenrollDevicesAndFreeLicenses?: boolean;
  actions: RemoteActionRecord[];
}

export type RemoteActionKind = 'reach' | 'fileDelete';
export type RemoteRequest = ReachRequestRecord | FileDeleteRequestRecord;

/** Everything Reach and File Delete keep: plain JSON, so a host can save and restore it. */
export interface RemoteActionData {
  /** Ids minted so far; ids derive from the seed and this count, so a restored state goes on alike. */
  minted: number;
  scripts: ReachScriptRecord[];
  reach: ReachRequestRecord[];
  fileDelete: FileDeleteRequestRecord[];
}

/**
 * Reach scripts, Run Script requests and File Delete requests, with statuses derived from the
 * clock as for wipe: Pending for the first half of the progress time, Processing for the second,
 * then Succeeded (Run Script) or Completed (File Delete).
 */
export class RemoteActionState {
  private data: RemoteActionData;
  private deviceIndex: Map<number, Array<{ kind: RemoteActionKind; request: RemoteRequest; action: RemoteActionRecord }>> | undefined;

  constructor(
    private readonly seed: number,
    epochMs: number,
    private readonly progressMs: () => number,
  ) {
    this.data = { minted: 0, scripts: seedReachScripts(epochMs), reach: [], fileDelete: [] };
  }

  get scripts(): readonly ReachScriptRecord[] {
    return this.data.scripts;
  }

  get reach(): readonly ReachRequestRecord[] {
    return this.data.reach;
  }

  get fileDelete(): readonly FileDeleteRequestRecord[] {
    return this.data.fileDelete;
  }

  /** A copy of the whole state, safe to serialise. */
  snapshot(): RemoteActionData {
    return structuredClone(this.data);
  }

  restore(data: RemoteActionData): void {
    this.data = structuredClone(data);
    this.deviceIndex = undefined;
  }

  uuid(): string {
    this.data.minted += 1;
    return uuidFrom(rngFor(this.seed, this.data.minted, 'remote-action-ids'));
  }

  /** The console's request number; File Delete and Reach share the sequence. */
  nextRequestNumber(): string {
    return String(20_000 + this.data.reach.length + this.data.fileDelete.length + 1);
  }

  script(scriptUid: string): ReachScriptRecord | undefined {
    return this.data.scripts.find((s) => s.scriptUid === scriptUid);
  }

  addReach(request: ReachRequestRecord): void {
    this.data.reach.push(request);
    this.deviceIndex = undefined;
  }

  addFileDelete(request: FileDeleteRequestRecord): void {
    this.data.fileDelete.push(request);
    this.deviceIndex = undefined;
  }

  findReach(requestUid: string): ReachRequestRecord | undefined {
    return this.data.reach.find((r) => r.requestUid === requestUid);
  }

  findFileDelete(requestUid: string): FileDeleteRequestRecord | undefined {
    return this.data.fileDelete.find((r) => r.requestUid === requestUid);
  }

  status(kind: RemoteActionKind, request: RemoteRequest, action: RemoteActionRecord, nowMs: number): ActionStatus {
    return clockedActionStatus(action, request.createdMs, this.progressMs(), nowMs, kind === 'reach' ? 'Succeeded' : 'Completed');
  }

  updatedMs(request: RemoteRequest, action: RemoteActionRecord, nowMs: number): number {
    return clockedActionUpdatedMs(action, request.createdMs, this.progressMs(), nowMs);
  }

  counters(kind: RemoteActionKind, request: RemoteRequest, nowMs: number): RequestCounters {
    return countStatuses(request.actions.map((action) => this.status(kind, request, action, nowMs)));
  }

  /** Init while every action is Pending, InProgress while any runs, then Completed (or all Failed / Canceled). */
  requestStatus(kind: RemoteActionKind, request: RemoteRequest, nowMs: number): string {
    const c = this.counters(kind, request, nowMs);
    if (c.pending > 0 && c.pending === c.totalDevices) return 'Init';
    return settledRequestStatus(c);
  }

  requestUpdatedMs(request: RemoteRequest, nowMs: number): number {
    return request.actions.reduce((latest, action) => Math.max(latest, this.updatedMs(request, action, nowMs)), request.createdMs);
  }

  touches(deviceIndex: number): boolean {
    return this.byDevice().has(deviceIndex);
  }

  /** A completed File Delete that un-enrolls the device: when it finished, or the pending one. */
  unenrollment(deviceIndex: number, nowMs: number): { doneMs: number } | { status: ActionStatus; sinceMs: number } | undefined {
    let pending: { status: ActionStatus; sinceMs: number } | undefined;
    for (const { kind, request, action } of this.byDevice().get(deviceIndex) ?? []) {
      if (!action.unenrollsDevice || action.failureReason) continue;
      const status = this.status(kind, request, action, nowMs);
      if (status === 'Completed') return { doneMs: finishMs(request.createdMs, this.progressMs()) };
      if (status === 'Pending' || status === 'Processing') pending = { status, sinceMs: this.updatedMs(request, action, nowMs) };
    }
    return pending;
  }

  private byDevice() {
    if (this.deviceIndex) return this.deviceIndex;
    const index = new Map<number, Array<{ kind: RemoteActionKind; request: RemoteRequest; action: RemoteActionRecord }>>();
    const add = (kind: RemoteActionKind, request: RemoteRequest) => {
      for (const action of request.actions)
        index.set(action.deviceIndex, [...(index.get(action.deviceIndex) ?? []), { kind, request, action }]);
    };
    this.data.reach.forEach((r) => add('reach', r));
    this.data.fileDelete.forEach((r) => add('fileDelete', r));
    this.deviceIndex = index;
    return index;
  }
}

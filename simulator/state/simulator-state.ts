import { DEMO_DEVICE } from '../fleet/device-identity';
import type { DeviceReport } from '../fleet/device-report';
import { Fleet } from '../fleet/fleet';
import { EventStore } from '../events/event-store';
import type { SiemEvent, SiemEventInput } from '../events/siem-event';
import { IdFactory } from '../util/id-factory';
import { CustomFieldStore } from './custom-field-store';
import { DeviceActionStore } from './device-action-store';
import { renderDevice, type DeviceViewSources } from './device-view';
import { FreezeMessageStore, seedFreezeMessages } from './freeze-message-store';
import { FreezeStore } from './freeze-store';
import type { IncidentData } from './incident/incident-data';
import { IncidentState } from './incident/incident-state';
import { SNAPSHOT_FORMAT, type Persistent, type SimulatorSnapshot } from './persistent';
import { RemoteActionState } from './remote-action-state';

export interface StateOptions {
  seed: number;
  fleetSize: number;
  now: () => number;
  actionProgressMs: number;
  eventsPerMinute: number;
  seedFreezeMessages: boolean;
  /** The fleet's epoch; by default the start time rounded down to the minute. */
  epochMs?: number;
}

/**
 * Everything the simulated tenant knows. Tests get it as `RunningSimulator.state` to inspect and
 * arrange: read devices as the API would report them now, override device fields, inject SIEM
 * events, empty the freeze-message list.
 */
export class SimulatorState implements DeviceViewSources {
  readonly fleet: Fleet;
  readonly ids: IdFactory;
  readonly customFields = new CustomFieldStore();
  readonly messages = new FreezeMessageStore();
  readonly freeze: FreezeStore;
  readonly unenroll: DeviceActionStore;
  readonly wipe: DeviceActionStore;
  /** Reach scripts, Run Script and File Delete requests: one serialisable place (snapshot/restore). */
  readonly remoteActions: RemoteActionState;
  readonly events: EventStore;
  /** Missing-device reports, Send Message requests, saved End User Messages: plain JSON in `.data`. */
  readonly incident: IncidentState;
  readonly overrides = new Map<number, Partial<DeviceReport>>();
  readonly actionProgressMs: number;
  readonly demoDevice = DEMO_DEVICE;
  /** Bumped on every write, so cached sort orders know when to rebuild. */
  version = 0;
  private clock: () => number;

  constructor(options: StateOptions) {
    this.clock = options.now;
    this.actionProgressMs = options.actionProgressMs;
    // Whole minutes keep generated timestamps tidy and identical across restarts within a minute.
    this.fleet = new Fleet(options.seed, options.fleetSize, options.epochMs ?? Math.floor(options.now() / 60_000) * 60_000);
    this.ids = new IdFactory(options.seed);
    this.freeze = new FreezeStore(() => this.actionProgressMs);
    this.unenroll = new DeviceActionStore('unenroll', () => this.actionProgressMs);
    this.wipe = new DeviceActionStore('wipe', () => this.actionProgressMs);
    this.remoteActions = new RemoteActionState(options.seed, this.fleet.epochMs, () => this.actionProgressMs);
    this.events = new EventStore({
      seed: options.seed,
      eventsPerMinute: options.eventsPerMinute,
      fleetSize: options.fleetSize,
      identity: (i) => this.fleet.identity(i),
    });
    if (options.seedFreezeMessages) seedFreezeMessages(this.messages, () => this.ids.uuid(), this.fleet.epochMs);
    this.incident = new IncidentState(options.seed);
    this.incident.seedEumMessages(this.fleet.epochMs);
  }

  now(): number {
    return this.clock();
  }

  /**
   * Everything the API can change, by name: what a saved tenant is made of. A store added to the
   * simulator joins the snapshot with one line here.
   */
  persistentParts(): Record<string, Persistent> {
    return {
      ids: this.ids,
      overrides: {
        snapshot: () => [...this.overrides],
        restore: (data) => {
          this.overrides.clear();
          const saved = Array.isArray(data) ? (data as [number, Partial<DeviceReport>][]) : [];
          for (const [index, fields] of saved) this.overrides.set(index, fields);
        },
      },
      customFields: this.customFields,
      freezeMessages: this.messages,
      freeze: this.freeze,
      unenroll: this.unenroll,
      wipe: this.wipe,
      events: this.events,
      incident: { snapshot: () => this.incident.data, restore: (data) => this.incident.restore(data as IncidentData) },
      remoteActions: this.remoteActions,
    };
  }

  /** The tenant as one JSON-serialisable object (see `restore`). */
  snapshot(): SimulatorSnapshot {
    const nowMs = this.now();
    const parts = Object.fromEntries(Object.entries(this.persistentParts()).map(([name, part]) => [name, part.snapshot(nowMs)]));
    const { seed, size: fleetSize, epochMs } = this.fleet;
    return { format: SNAPSHOT_FORMAT, seed, fleetSize, epochMs, savedMs: nowMs, parts };
  }

  /**
   * Takes over a snapshot of the same fleet (seed and size). Parts the snapshot lacks keep their
   * fresh state, so a snapshot written before a store existed still loads.
   */
  restore(snapshot: SimulatorSnapshot): void {
    if (snapshot.seed !== this.fleet.seed || snapshot.fleetSize !== this.fleet.size) {
      const saved = `seed ${snapshot.seed} and ${snapshot.fleetSize} devices`;
      throw new Error(`the saved tenant is for ${saved}, not seed ${this.fleet.seed} and ${this.fleet.size}`);
    }
    for (const [name, part] of Object.entries(this.persistentParts())) {
      if (Object.hasOwn(snapshot.parts, name)) part.restore(snapshot.parts[name]);
    }
    this.version += 1;
  }

  setClock(now: () => number): void {
    this.clock = now;
    this.version += 1;
  }

  /** Names shared by two devices each, for testing "ambiguous name" handling. */
  get duplicatedDeviceNames(): string[] {
    return this.fleet.duplicatedDeviceNames();
  }

  indexOfDevice(deviceUid: string): number | undefined {
    return this.fleet.indexOfUid(deviceUid);
  }

  /** The device as the API would report it right now (all fields, no permission filtering); a private copy. */
  device(deviceUidOrIndex: string | number): DeviceReport | undefined {
    const index = typeof deviceUidOrIndex === 'number' ? deviceUidOrIndex : this.indexOfDevice(deviceUidOrIndex);
    if (index === undefined || index < 0 || index >= this.fleet.size) return undefined;
    return structuredClone(renderDevice(this, index, this.now()));
  }

  /** Overwrites top-level report fields of one device, e.g. `{ isStolen: true }` or `{ agentStatus: 'I' }`. */
  overrideDevice(deviceUid: string, fields: Partial<DeviceReport>): void {
    const index = this.indexOfDevice(deviceUid);
    if (index === undefined) throw new Error(`overrideDevice: unknown device ${deviceUid}`);
    this.overrides.set(index, { ...this.overrides.get(index), ...fields });
    this.version += 1;
  }

  addEvents(events: readonly SiemEventInput[]): SiemEvent[] {
    return this.events.add(events);
  }

  clearFreezeMessages(): void {
    this.messages.clear();
  }
}

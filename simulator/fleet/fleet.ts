import { generateDevice } from './device-generator';
import { deviceIdentity, deviceUidAt, DUPLICATE_NAME_SLOTS, type DeviceIdentity } from './device-identity';
import type { DeviceReport } from './device-report';

/** Fleets up to this size keep every generated report; bigger ones regenerate on each read. */
const REPORT_CACHE_SIZE = 10_000;

/**
 * The seeded device population. Nothing is stored per device: identities and reports are
 * recomputed on demand from (seed, index), so a 100k fleet starts instantly. The only index built
 * is deviceUid -> position, lazily, on the first lookup by uid.
 */
export class Fleet {
  private uidIndex: Map<string, number> | undefined;
  private byUid: Int32Array | undefined;
  private readonly reportCache = new Map<number, DeviceReport>();

  constructor(
    readonly seed: number,
    readonly size: number,
    /** All generated timestamps are relative to this instant. */
    readonly epochMs: number,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error('fleetSize must be a positive integer');
  }

  identity(index: number): DeviceIdentity {
    return deviceIdentity(this.seed, index);
  }

  /**
   * The device as generated. Shared and cached (reads repeat a lot), so callers must treat it as
   * immutable and copy what they change.
   */
  baseReport(index: number): Readonly<DeviceReport> {
    const cached = this.reportCache.get(index);
    if (cached) return cached;
    const report = generateDevice(this.seed, this.identity(index), this.epochMs);
    // Only cache when the whole fleet fits: a churning cache promotes every report to the old
    // generation and the garbage collector then dominates scans of big fleets.
    if (this.size <= REPORT_CACHE_SIZE) this.reportCache.set(index, report);
    return report;
  }

  indexOfUid(deviceUid: string): number | undefined {
    if (!this.uidIndex) {
      const map = new Map<string, number>();
      for (let i = 0; i < this.size; i++) map.set(deviceUidAt(this.seed, i), i);
      this.uidIndex = map;
    }
    return this.uidIndex.get(deviceUid.toLowerCase());
  }

  /** Fleet positions ordered by deviceUid, the default order of the software report. */
  uidOrder(): Int32Array {
    if (!this.byUid) {
      const uids = Array.from({ length: this.size }, (_, i) => deviceUidAt(this.seed, i));
      this.byUid = Int32Array.from({ length: this.size }, (_, i) => i).sort((a, b) => ((uids[a] ?? '') < (uids[b] ?? '') ? -1 : 1));
    }
    return this.byUid;
  }

  /** Device names that more than one device in this fleet shares (by construction). */
  duplicatedDeviceNames(): string[] {
    return DUPLICATE_NAME_SLOTS.filter((slot) => slot.indices.every((i) => i < this.size)).map((slot) => slot.name);
  }
}

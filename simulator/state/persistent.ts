/**
 * A part of the simulated tenant that outlives the process: what it changed since start, as one
 * JSON-serialisable value, and back. A new store joins the saved tenant with one line in
 * `SimulatorState.persistentParts()`.
 */
export interface Persistent {
  /** Plain JSON data (no cycles, no Maps); `nowMs` lets a part drop what has expired. */
  snapshot(nowMs: number): unknown;
  /** Replaces the part's contents with what `snapshot` returned (possibly in an earlier process). */
  restore(data: unknown): void;
}

/** The saved tenant: which fleet it belongs to, and each part's data by name. */
export interface SimulatorSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  seed: number;
  fleetSize: number;
  /** The fleet's epoch: generated devices keep their timestamps across restarts. */
  epochMs: number;
  savedMs: number;
  parts: Record<string, unknown>;
}

export const SNAPSHOT_FORMAT = 1;

/** Reads a list saved by `snapshot`, tolerating a part that an older snapshot did not have. */
export function savedList<T>(data: unknown): T[] {
  return Array.isArray(data) ? (data as T[]) : [];
}

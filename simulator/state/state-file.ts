import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SNAPSHOT_FORMAT, type SimulatorSnapshot } from './persistent';

/** What reading a saved tenant found. */
export type SavedTenant = { kind: 'none' } | { kind: 'found'; snapshot: SimulatorSnapshot } | { kind: 'unusable'; reason: string };

/** Reads a tenant saved by `writeStateFile`; a missing file is a fresh start, a damaged one is reported. */
export function readStateFile(path: string): SavedTenant {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    return { kind: 'unusable', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  try {
    const saved = JSON.parse(text) as unknown;
    if (!isSnapshot(saved)) return { kind: 'unusable', reason: `not a format-${SNAPSHOT_FORMAT} simulator state` };
    return { kind: 'found', snapshot: saved };
  } catch {
    return { kind: 'unusable', reason: 'not valid JSON' };
  }
}

function isSnapshot(value: unknown): value is SimulatorSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const { format, parts } = value as Partial<Record<keyof SimulatorSnapshot, unknown>>;
  return format === SNAPSHOT_FORMAT && typeof parts === 'object' && parts !== null;
}

/**
 * Saves the tenant atomically: written in full to a private temporary file beside the target, then
 * renamed over it. Two processes saving at once never leave a mixed or truncated file; the last
 * rename wins. The folder is created readable by its owner only.
 */
export function writeStateFile(path: string, snapshot: SimulatorSnapshot): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(snapshot), { mode: 0o600, flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already renamed.
    }
    throw error;
  }
}

/** Forgets the saved tenant; true when there was one. */
export function removeStateFile(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

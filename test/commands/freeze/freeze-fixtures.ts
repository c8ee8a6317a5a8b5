import type { Entry, JsonValue } from '../../../Integrations/Absolute/src/xsoar/entry';
import type { RunningSimulator } from '../../../simulator';
import { invocation, runHere, startTestSimulator } from '../../support/harness';

/** A fixed instant for in-process runs: action statuses and dates do not depend on the wall clock. */
export const FIXED_NOW = Date.parse('2026-11-01T12:00:00.000Z');

export const FREEZE_ARGS = {
  request_name: 'Lost laptop',
  html_message: '<p>This device is frozen by ACME IT.</p>',
  message_name: 'ACME freeze',
  device_freeze_type: 'OnDemand',
  passcode_type: 'RandomForAll',
  passcode_length: '6',
} as const;

/** A simulator on the fixed clock. */
export function startFixedSimulator(options: Parameters<typeof startTestSimulator>[0] = {}): Promise<RunningSimulator> {
  return startTestSimulator({ now: () => FIXED_NOW, ...options });
}

/** Runs a command in-process on the fixed clock; returns the first entry and whether it succeeded. */
export async function run(
  sim: RunningSimulator,
  command: string,
  args: Record<string, unknown>,
  nowMs = FIXED_NOW,
): Promise<{ ok: boolean; entry: Entry; entries: Entry[] }> {
  const result = await runHere(invocation(sim, command, args), { now: () => nowMs });
  const entries = result.output.entries;
  const entry = entries[0];
  if (!entry) throw new Error(`${command} returned no entry`);
  return { ok: result.ok, entry, entries };
}

/** The context value written under `prefix`, whatever its key selector. */
export function contextOf(entry: Entry, prefix: string): JsonValue | undefined {
  const key = Object.keys(entry.EntryContext ?? {}).find((k) => k === prefix || k.startsWith(`${prefix}(`));
  return key === undefined ? undefined : entry.EntryContext?.[key];
}

/** Device UIDs of the seeded fleet by position (position 0 is the demo device LAPTOP-7). */
export function deviceUid(sim: RunningSimulator, index: number): string {
  return sim.state.fleet.identity(index).deviceUid;
}

/** Action requests of every kind the simulator has accepted so far. */
export function actionsCreated(sim: RunningSimulator): number {
  return Object.values(sim.stats().actionsCreated).reduce((a, b) => a + b, 0);
}

/** Random-looking but fixed UUIDs no seeded device has, for splitting tests. */
export function unknownUids(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `ffffffff-0000-4000-8000-${i.toString(16).padStart(12, '0')}`);
}

/** Every leaf context path an entry writes (`Prefix.Key.Sub`), array positions folded away. */
export function contextPaths(entry: Entry): string[] {
  const out = new Set<string>();
  const walk = (value: JsonValue | undefined, path: string): void => {
    if (Array.isArray(value)) {
      if (value.every((v) => v === null || typeof v !== 'object')) {
        if (value.length > 0) out.add(path);
        return;
      }
      for (const item of value) walk(item, path);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    } else if (value !== undefined && value !== null) {
      out.add(path);
    }
  };
  for (const [key, value] of Object.entries(entry.EntryContext ?? {})) walk(value, key.replace(/\(.*$/, ''));
  return [...out];
}

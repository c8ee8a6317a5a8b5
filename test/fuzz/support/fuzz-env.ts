import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInvocation, type RunResult } from '../../../Integrations/Absolute/src/runtime/run-invocation';
import type { RunningSimulator } from '../../../simulator';
import { CUSTOM_FIELD_DEFINITIONS } from '../../../simulator/fleet/custom-field-definitions';
import { withStderr } from '../../faults/support/capture-stderr';
import { SUITE_CREDENTIALS, SUITE_TOKEN } from '../../faults/support/credentials';
import { startTestSimulator } from '../../support/harness';
import type { FuzzFixtures } from './good-values';
import { startRecordingProxy, type RecordingProxy, type SeenRequest } from './recording-proxy';

/** A fixed instant: generated dates, freeze schedules and event windows never depend on the wall clock. */
export const FUZZ_NOW = Date.parse('2026-05-04T09:00:00.000Z');

/** The simulator behind a recording proxy; one per test file, shared by every run. */
export interface FuzzEnv {
  sim: RunningSimulator;
  proxy: RecordingProxy;
  fixtures: FuzzFixtures;
  run(
    command: string,
    args: Record<string, unknown>,
    extra?: { lastRun?: Record<string, unknown> | null; params?: Record<string, unknown> },
  ): Promise<FuzzRun>;
  close(): Promise<void>;
}

export interface FuzzRun {
  result: RunResult;
  seen: SeenRequest[];
  stderr: string;
  logs: string[];
}

export async function startFuzzEnv(): Promise<FuzzEnv> {
  // File entries (exports, script downloads) go to a scratch folder, removed on close.
  const filesDir = mkdtempSync(join(tmpdir(), 'absolute-fuzz-'));
  const sim = await startTestSimulator({ now: () => FUZZ_NOW, tokens: [SUITE_TOKEN], fleetSize: 60 });
  const proxy = await startRecordingProxy(sim.url);
  const fixtures: FuzzFixtures = {
    otherDeviceUid: sim.state.fleet.identity(1).deviceUid,
    messageUid: sim.state.messages.list()[0]?.messageUid ?? '00000000-0000-4000-8000-000000000000',
    cdfUid: CUSTOM_FIELD_DEFINITIONS[0]?.cdfUid ?? '',
    nowMs: FUZZ_NOW,
  };
  return {
    sim,
    proxy,
    fixtures,
    async run(command, args, extra = {}) {
      const from = proxy.seen.length;
      const logs: string[] = [];
      const params = {
        url: proxy.url,
        credentials: { identifier: SUITE_CREDENTIALS.tokenId, password: SUITE_CREDENTIALS.secret },
        ...extra.params,
      };
      const { value: result, stderr } = await withStderr(() =>
        runInvocation(
          { command, params, args, lastRun: extra.lastRun ?? null, filesDir },
          { now: () => FUZZ_NOW, sleep: async () => undefined, log: (l) => logs.push(l) },
        ),
      );
      return { result, seen: proxy.seen.slice(from), stderr, logs };
    },
    async close() {
      await proxy.close();
      await sim.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

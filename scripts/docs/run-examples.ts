import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInvocation } from '../../Integrations/Absolute/src/runtime/run-invocation';
import { DEMO_CREDENTIALS, startSimulator } from '../../simulator';
import type { ExampleLine } from './examples';
import type { ExampleRun } from './generate-readme';

/** A fixed instant, so the generated README is the same on every machine and every day. */
export const DOCS_CLOCK_MS = Date.parse('2026-11-01T12:00:00.000Z');

/**
 * Runs the examples in order against a fresh simulator (default seed and fleet) with a frozen clock.
 * Order matters: later examples may use what earlier ones created, as in a War Room session.
 */
export async function runExamples(examples: readonly ExampleLine[]): Promise<ExampleRun[]> {
  const now = () => DOCS_CLOCK_MS;
  const sim = await startSimulator({ now, rateLimitPerSecond: false });
  // File entries (exports) go to a scratch directory, never into the working tree.
  const filesDir = mkdtempSync(join(tmpdir(), 'absolute-docs-'));
  try {
    const params = {
      url: sim.url,
      credentials: { identifier: DEMO_CREDENTIALS.hs256.tokenId, password: DEMO_CREDENTIALS.hs256.secretKey },
    };
    const runs: ExampleRun[] = [];
    for (const example of examples) {
      const result = await runInvocation(
        { command: example.command, params, args: example.args, filesDir },
        { now, sleep: async () => undefined },
      );
      if (!result.ok) throw new Error(`command example failed: ${example.line}\n${JSON.stringify(result.output.entries[0]?.Contents)}`);
      runs.push({ line: example.line, command: example.command, entries: result.output.entries });
    }
    return runs;
  } finally {
    await sim.close();
    rmSync(filesDir, { recursive: true, force: true });
  }
}

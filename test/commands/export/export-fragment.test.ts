import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningSimulator } from '../../../simulator';
import { EXPORT_COMMANDS } from '../../../Integrations/Absolute/src/commands/export';
import { allCommands } from '../../../Integrations/Absolute/src/commands/registry';
import type { ManifestCommand } from '../../../scripts/docs/manifest';
import { contextPaths } from '../../support/context-paths';
import { invocation, runHere, startTestSimulator } from '../../support/harness';
import { commandExamples, manifestCommands } from '../../support/manifest';

/** The export commands of Absolute.yml checked against the code. */
const EXPORT_NAMES = EXPORT_COMMANDS.map((c) => c.name);
const fragment: ManifestCommand[] = manifestCommands(EXPORT_NAMES);
const examples = commandExamples(EXPORT_NAMES);

let sim: RunningSimulator;
let filesDir: string;
beforeAll(async () => {
  sim = await startTestSimulator();
  filesDir = mkdtempSync(join(tmpdir(), 'absolute-export-fragment-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(filesDir, { recursive: true, force: true });
});

test('the manifest declares the export commands, and the registry holds them', () => {
  expect(fragment.map((c) => c.name).sort()).toEqual(EXPORT_COMMANDS.map((c) => c.name).sort());
  expect(allCommands().map((c) => c.name)).toEqual(expect.arrayContaining(EXPORT_COMMANDS.map((c) => c.name)));
});

describe.each(fragment.map((c) => [c.name, c] as const))('%s', (name, command) => {
  test('the example runs against the seeded fleet and writes exactly the declared outputs', async () => {
    const lines = examples.filter((e) => e.command === name);
    expect(lines).toHaveLength(1);
    for (const example of lines) {
      const { ok, output } = await runHere(invocation(sim, example.command, example.args, { filesDir }));
      expect(ok).toBe(true);
      expect(output.entries[0]?.Type).toBe(3);
      expect([...contextPaths(output.entries)].sort()).toEqual((command.outputs ?? []).map((o) => o.contextPath).sort());
    }
  });
});

import type { RunningSimulator } from '../../../simulator';
import { INVENTORY_COMMANDS } from '../../../Integrations/Absolute/src/commands/inventory';
import type { ManifestCommand } from '../../../scripts/docs/manifest';
import { contextPaths } from '../../support/context-paths';
import { invocation, runHere, startTestSimulator } from '../../support/harness';
import { commandExamples, manifestCommands } from '../../support/manifest';

/**
 * The inventory commands of Absolute.yml checked against the code:
 * the same argument rules as the manifest drift test, every declared output path is written by a
 * real run and nothing undeclared is, and every example line runs against the seeded fleet.
 */
const INVENTORY_NAMES = INVENTORY_COMMANDS.map((c) => c.name);
const fragment: ManifestCommand[] = manifestCommands(INVENTORY_NAMES);
const examples = commandExamples(INVENTORY_NAMES);

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});

test('the manifest declares every registered inventory command', () => {
  expect(fragment.map((c) => c.name).sort()).toEqual(INVENTORY_COMMANDS.map((c) => c.name).sort());
});

describe.each(fragment.map((c) => [c.name, c] as const))('%s', (name, command) => {
  test('the example runs against the seeded fleet', async () => {
    const lines = examples.filter((e) => e.command === name);
    expect(lines).toHaveLength(1);
    for (const example of lines) {
      const { ok, output } = await runHere(invocation(sim, example.command, example.args));
      expect({ ok, text: output.entries[0]?.HumanReadable }).toMatchObject({ ok: true });
      // An example should show data, not a "nothing found" message.
      if ((command.outputs ?? []).length > 0) expect(output.entries[0]?.EntryContext).toBeDefined();
    }
  });
});

/** A run per command that fills every output the command can write. */
const FULL_RUNS: Record<string, () => Record<string, unknown>> = {
  'absolute-custom-device-field-list': () => ({ device_id: sim.state.demoDevice.deviceUid }),
  'absolute-custom-device-field-update': () => ({ device_id: sim.state.demoDevice.deviceUid, cdf_name: 'Cost Center', value: 'CC-4200' }),
  'absolute-device-application-list': () => ({ device_ids: sim.state.demoDevice.deviceUid, limit: '5' }),
  'absolute-device-location-get': () => ({ device_ids: sim.state.demoDevice.deviceUid }),
};

test.each(fragment.map((c) => [c.name, c] as const))('%s writes exactly the declared output paths', async (name, command) => {
  const args = FULL_RUNS[name];
  if (!args) throw new Error(`no full run for ${name}`);
  const { ok, output } = await runHere(invocation(sim, name, args()));
  expect(ok).toBe(true);
  expect([...contextPaths(output.entries)].sort()).toEqual((command.outputs ?? []).map((o) => o.contextPath).sort());
});

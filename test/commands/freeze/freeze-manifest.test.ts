import { FREEZE_COMMANDS } from '../../../Integrations/Absolute/src/commands/freeze';
import { runExamples } from '../../../scripts/docs/run-examples';
import { commandExamples, manifestCommands } from '../../support/manifest';

interface ManifestArg {
  name: string;
  required?: boolean;
  isArray?: boolean;
  defaultValue?: string;
  predefined?: string[];
  secret?: boolean;
}
interface ManifestCommand {
  name: string;
  description: string;
  execution?: boolean;
  arguments: ManifestArg[];
  outputs: Array<{ contextPath: string; description: string; type: string }>;
}

const FREEZE_NAMES = FREEZE_COMMANDS.map((c) => c.name);
const fragment = manifestCommands(FREEZE_NAMES) as unknown as ManifestCommand[];
const exampleLines = commandExamples(FREEZE_NAMES);

describe('freeze commands in the manifest', () => {
  it('lists exactly the registered freeze commands, in order', () => {
    expect(fragment.map((c) => c.name)).toEqual(FREEZE_COMMANDS.map((c) => c.name));
  });

  it('marks exactly the destructive commands with execution: true', () => {
    expect(fragment.filter((c) => c.execution).map((c) => c.name)).toEqual([
      'absolute-device-freeze-request',
      'absolute-device-remove-freeze-request',
      'absolute-device-freeze-message-delete',
    ]);
  });

  it('ends every description with a period and uses the platform output types', () => {
    for (const c of fragment) {
      expect(c.description).toMatch(/\.$/);
      for (const a of c.arguments) expect(`${c.name} ${a.name}: ${(a as { description?: string }).description}`).toMatch(/\.$/);
      for (const o of c.outputs) {
        expect(o.description).toMatch(/\.$/);
        expect(['String', 'Number', 'Date', 'Boolean', 'Unknown']).toContain(o.type);
      }
    }
  });

  it('has one example line per command', () => {
    const commands = exampleLines.map((e) => e.command);
    expect([...commands].sort()).toEqual(FREEZE_COMMANDS.map((c) => c.name).sort());
  });

  it('the examples run against the default simulator, in order, and find what they name', async () => {
    const runs = await runExamples(exampleLines);
    const text = runs.map((r) => String(r.entries[0]?.HumanReadable ?? ''));
    expect(text.some((t) => t.startsWith('### Absolute Freeze request details for: '))).toBe(true);
    expect(text.join('\n')).not.toMatch(/no freeze request|no Freeze message|no device has/);
  });
});

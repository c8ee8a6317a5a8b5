import { UNENROLL_COMMANDS } from '../../../Integrations/Absolute/src/commands/unenroll';
import { runExamples } from '../../../scripts/docs/run-examples';
import { commandExamples, manifestCommands } from '../../support/manifest';

interface ManifestCommand {
  name: string;
  description: string;
  execution?: boolean;
  arguments: Array<{ name: string; description?: string }>;
  outputs: Array<{ contextPath: string; description: string; type: string }>;
}

const UNENROLL_NAMES = UNENROLL_COMMANDS.map((c) => c.name);
const fragment = manifestCommands(UNENROLL_NAMES) as unknown as ManifestCommand[];
const exampleLines = commandExamples(UNENROLL_NAMES);

describe('unenroll in the manifest', () => {
  it('lists exactly the registered unenroll command', () => {
    expect(fragment.map((c) => c.name)).toEqual(['absolute-device-unenroll']);
  });

  it('is marked destructive (execution: true): unenrolling frees the device licenses', () => {
    expect(fragment.filter((c) => c.execution).map((c) => c.name)).toEqual(['absolute-device-unenroll']);
  });

  it('ends every description with a period and uses the platform output types', () => {
    for (const c of fragment) {
      expect(c.description).toMatch(/\.$/);
      for (const a of c.arguments) expect(`${c.name} ${a.name}: ${a.description}`).toMatch(/\.$/);
      for (const o of c.outputs) {
        expect(o.description).toMatch(/\.$/);
        expect(['String', 'Number', 'Date', 'Boolean', 'Unknown']).toContain(o.type);
      }
    }
  });

  it('has one example line, which runs against the default simulator and unenrolls the device it names', async () => {
    expect(exampleLines.map((e) => e.command)).toEqual(['absolute-device-unenroll']);
    const runs = await runExamples(exampleLines);
    const text = String(runs[0]?.entries[0]?.HumanReadable ?? '');
    expect(text).toMatch(
      /### Absolute unenrolled devices:\n\|DeviceUid\|DeviceName\|ESN\|ActionStatus\|\n\|---\|---\|---\|---\|\n\| [0-9a-f-]{36} \| \S+ \| \S+ \| Pending \|/,
    );
    expect(text).toContain('Resolved to device UIDs:');
  });
});

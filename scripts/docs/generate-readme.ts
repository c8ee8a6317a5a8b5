import type { Entry } from '../../Integrations/Absolute/src/xsoar/entry';
import type { Manifest, ManifestArgument, ManifestCommand, ManifestParam } from './manifest';

/** What one example produced when it was run against the simulator. */
export interface ExampleRun {
  line: string;
  command: string;
  entries: Entry[];
}

/** The integration README in the layout of the platform's generated docs (demisto-sdk generate-docs). */
export function generateReadme(manifest: Manifest, runs: readonly ExampleRun[], intro: string): string {
  const parts = [
    manifest.description,
    intro.trim(),
    configureSection(manifest),
    '## Commands',
    'You can execute these commands from the CLI, as part of an automation, or in a playbook.\nAfter you successfully execute a command, a DBot message appears in the War Room with the command details.',
    ...manifest.script.commands.map((c) =>
      commandSection(
        c,
        runs.find((r) => r.command === c.name),
      ),
    ),
  ];
  // Blocks are separated by one blank line, as markdown needs before a heading or a table.
  return `${parts
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

function configureSection(manifest: Manifest): string {
  const rows = manifest.configuration.filter((p) => !p.hidden).map(paramRow);
  return [
    `## Configure ${manifest.display} in Cortex`,
    '',
    '| **Parameter** | **Description** | **Required** |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function paramRow(p: ManifestParam): string {
  const label = p.type === 9 ? `${p.display ?? ''} / ${p.displaypassword ?? ''}` : (p.display ?? p.name);
  return `| ${cell(label)} | ${cell(p.additionalinfo ?? '')} | ${p.required ? 'True' : 'False'} |`;
}

function commandSection(command: ManifestCommand, run: ExampleRun | undefined): string {
  const lines = [
    `### ${command.name}`,
    '',
    '***',
    command.description,
    '',
    '#### Base Command',
    '',
    `\`${command.name}\``,
    '',
    '#### Input',
    '',
  ];
  const args = command.arguments ?? [];
  if (args.length === 0) lines.push('There are no input arguments for this command.');
  else {
    lines.push('| **Argument Name** | **Description** | **Required** |', '| --- | --- | --- |');
    for (const a of args) lines.push(`| ${a.name} | ${cell(argDescription(a))} | ${a.required ? 'Required' : 'Optional'} |`);
  }
  lines.push('', '#### Context Output', '');
  const outputs = command.outputs ?? [];
  if (outputs.length === 0) lines.push('There is no context output for this command.');
  else {
    lines.push('| **Path** | **Type** | **Description** |', '| --- | --- | --- |');
    for (const o of outputs) lines.push(`| ${o.contextPath} | ${o.type ?? 'Unknown'} | ${cell(o.description)} |`);
  }
  if (run) lines.push('', ...exampleLines(run));
  lines.push('');
  return lines.join('\n');
}

function argDescription(a: ManifestArgument): string {
  let text = a.description;
  if (a.predefined?.length) text += ` Possible values are: ${a.predefined.join(', ')}.`;
  if (a.defaultValue !== undefined) text += ` Default is ${a.defaultValue}.`;
  return text;
}

function exampleLines(run: ExampleRun): string[] {
  const out = ['#### Command example', '', `\`\`\`${run.line}\`\`\``];
  const context = mergedContext(run.entries);
  if (Object.keys(context).length > 0) out.push('', '#### Context Example', '', '```json', JSON.stringify(context, null, 4), '```');
  const readable = run.entries.map((e) => e.HumanReadable ?? (typeof e.Contents === 'string' ? e.Contents : '')).join('\n');
  out.push(
    '',
    '#### Human Readable Output',
    '',
    ...readable
      .trimEnd()
      .split('\n')
      .map((l) => `>${l}`),
  );
  return out;
}

/** Context as the War Room shows it: selectors dropped, dotted prefixes nested, long lists shortened. */
function mergedContext(entries: readonly Entry[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const entry of entries) {
    for (const [key, value] of Object.entries(entry.EntryContext ?? {})) {
      const path = key.replace(/\(.*\)$/, '').split('.');
      let node = root;
      for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
      node[path[path.length - 1] ?? key] = Array.isArray(value) && value.length > 3 ? value.slice(0, 3) : value;
    }
  }
  return root;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

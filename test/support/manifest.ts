import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExamples, type ExampleLine } from '../../scripts/docs/examples';
import { readManifest, type ManifestCommand } from '../../scripts/docs/manifest';
import { MANIFEST, REPO_ROOT } from './paths';

/** The commands Absolute.yml declares, in manifest order, optionally only those named. */
export function manifestCommands(names?: readonly string[]): ManifestCommand[] {
  const all = readManifest(MANIFEST).script.commands;
  return names ? all.filter((c) => names.includes(c.name)) : all;
}

/** command_examples lines, optionally only those of the named commands, in file order. */
export function commandExamples(names?: readonly string[]): ExampleLine[] {
  const all = parseExamples(readFileSync(join(REPO_ROOT, 'Integrations', 'Absolute', 'command_examples'), 'utf8'));
  return names ? all.filter((e) => names.includes(e.command)) : all;
}

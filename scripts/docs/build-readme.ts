import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExamples } from './examples';
import { generateReadme } from './generate-readme';
import { readManifest } from './manifest';
import { runExamples } from './run-examples';

export const INTEGRATION_DIR = ['Integrations', 'Absolute'];

const INTRO = `This README is generated from \`Absolute.yml\` and \`command_examples\` by \`npm run docs\`: every example below was run against the pack's embedded Absolute API simulator (demo fleet, fixed clock). Do not edit it by hand.

Requirements: an Absolute API token (Token ID and Secret Key, or an EC P-256 key pair for an asymmetric token) with the permissions of the commands you use; see the configuration help.`;

/** Builds the README text for the integration folder under `root`. */
export async function buildReadme(root: string): Promise<string> {
  const dir = join(root, ...INTEGRATION_DIR);
  const manifest = readManifest(join(dir, 'Absolute.yml'));
  const examples = parseExamples(readFileSync(join(dir, 'command_examples'), 'utf8'));
  const runs = await runExamples(examples);
  return generateReadme(manifest, runs, INTRO);
}

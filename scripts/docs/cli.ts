import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReadme, INTEGRATION_DIR } from './build-readme';

/** `npm run docs` writes the integration README; `--check` fails when the committed one is stale. */
async function main(): Promise<number> {
  const root = process.cwd();
  const target = join(root, ...INTEGRATION_DIR, 'README.md');
  const text = await buildReadme(root);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // A missing README is simply out of date.
    }
    if (current === text) return 0;
    process.stderr.write('Integrations/Absolute/README.md is out of date: run `npm run docs`.\n');
    return 1;
  }
  writeFileSync(target, text);
  process.stderr.write(`wrote ${target}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

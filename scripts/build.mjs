// Bundles each entry point into one self-contained CommonJS file under dist/ with esbuild.
// dist/absolute.cjs is the integration itself: plain `node dist/absolute.cjs` runs it, no node_modules needed.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** out file -> source; an entry whose source does not exist yet is skipped. */
const entries = {
  'absolute.cjs': 'Integrations/Absolute/src/main.ts',
  'simulator.cjs': 'simulator/cli.ts',
  'demo.cjs': 'scripts/demo.ts',
  'playbook.cjs': 'scripts/playbook/cli.ts',
  'validate.cjs': 'scripts/validate/cli.ts',
  'docs.cjs': 'scripts/docs/cli.ts',
  'bench.cjs': 'scripts/bench/cli.ts',
};

const started = Date.now();
const built = [];
for (const [out, source] of Object.entries(entries)) {
  if (!existsSync(join(root, source))) continue;
  await build({
    entryPoints: [join(root, source)],
    outfile: join(root, 'dist', out),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minifySyntax: true,
    legalComments: 'none',
    sourcemap: false,
    logLevel: 'warning',
    define: { PACK_VERSION: JSON.stringify(pkg.version) },
    banner: { js: out === 'absolute.cjs' ? `// Absolute Secure Endpoint pack ${pkg.version}` : '' },
  });
  built.push(out);
}
if (!quiet) console.error(`built ${built.map((b) => `dist/${b}`).join(', ')} in ${Date.now() - started} ms`);

// Entry point of dist/unify.cjs: `node dist/unify.cjs [root] [--quiet]` writes dist/integration-Absolute.yml.
import { join, relative, resolve } from 'node:path';
import { writeUnifiedIntegration } from './write-unified';

const argv = process.argv.slice(2);
const root = resolve(argv.find((a) => !a.startsWith('--')) ?? join(__dirname, '..'));
try {
  const report = writeUnifiedIntegration(root);
  for (const warning of report.warnings) process.stderr.write(`unify: warning: ${warning}\n`);
  if (!argv.includes('--quiet')) process.stderr.write(`unified ${relative(root, report.file)}\n`);
} catch (error) {
  process.stderr.write(`unify: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

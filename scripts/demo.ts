import { join } from 'node:path';
import { runDemo } from './playbook/demo-run';

/** Entry point of dist/demo.cjs (`npm start`); dist/ sits beside Playbooks/ in the repository. */
runDemo({ out: (text) => process.stdout.write(text), root: join(__dirname, '..') }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

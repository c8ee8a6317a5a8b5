import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths';

/** Dockerfile instructions with continuation lines joined and comments dropped. */
function instructions(text: string): Array<{ op: string; args: string }> {
  return text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [op = '', ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

const dockerfile = instructions(readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8'));
const bridge = readFileSync(join(REPO_ROOT, 'bridge', 'absolute_bridge.py'), 'utf8');
const of = (op: string) => dockerfile.filter((i) => i.op === op).map((i) => i.args);

describe('Dockerfile (cannot be built here, so its key lines are checked)', () => {
  test('the final stage is the platform\'s Python 3.11 image, pinned to a build tag', () => {
    expect(of('FROM').at(-1)).toMatch(/^demisto\/python3:3\.11\.\d+\.\d+$/);
  });

  test('Node.js 20 is installed from a pinned official image', () => {
    const stages = of('FROM');
    expect(stages).toContainEqual(expect.stringMatching(/^node:20\.\d+\.\d+-alpine[\d.]+ AS node$/));
    expect(of('COPY')).toContain('--from=node /usr/local/bin/node /usr/local/bin/node');
    expect(of('RUN').join('\n')).toMatch(/node --version/);
  });

  test('from the build context, only the bundle is copied, to the bridge\'s default path', () => {
    const fromContext = of('COPY').filter((args) => !args.startsWith('--from='));
    expect(fromContext).toEqual(['dist/absolute.cjs /opt/absolute/absolute.cjs']);
    expect(bridge).toMatch(/^DEFAULT_BUNDLE = '\/opt\/absolute\/absolute\.cjs'$/m);
    expect(of('ADD')).toEqual([]);
  });

  test('the container runs as a non-root user', () => {
    const user = of('USER').at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(dockerfile.at(-1)?.op).toBe('USER');
  });

  test('.dockerignore keeps everything but the bundle out of the build context', () => {
    const lines = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual(['*', '!dist/absolute.cjs']);
  });
});

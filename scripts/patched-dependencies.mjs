// The build of dist/absolute.cjs swaps parts of undici and zod for smaller stand-ins (see build.mjs).
// Each stand-in is written against one exact version of those files, so the build checks the
// version and the content of every file a stand-in relies on, and stops when any differs: an
// upgrade must fail here, not leave a bundle that breaks (or silently changes) at run time.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** package → the version the stand-ins were written for, and sha256 of each file they rely on. */
export const PATCHED_DEPENDENCIES = {
  undici: {
    version: '7.30.2',
    why:
      'undici-core: the entry point re-creates index.js (its makeDispatcher and the request() wiring) from these modules; ' +
      'client-h2.js is replaced, relying on client.js loading it only for allowH2; node:http is replaced for util.js and client.js',
    files: {
      'index.js': 'dca95e2bbf4bae18325a4e5d9c887427a8a63a1345ed92a46f1067360dec0ffa',
      'lib/dispatcher/agent.js': '1b05aeaae1a23bcde54c200211d6292991b30f3a8c39c2dfca3efaa439caf5d7',
      'lib/dispatcher/env-http-proxy-agent.js': '1f572709bc4f0e0469579c37192c0d6376c1b4875b7667b80513706fbc13b41a',
      'lib/dispatcher/dispatcher.js': '39907c123fd59f712111e719ba43426525c17ba0fcd279f6e892f829264dda0a',
      'lib/api/index.js': 'a7b4b74ea6b81b2401f8659c138df54fd3f2c45450741682c026abb4cf133096',
      'lib/core/errors.js': 'c69b7a060b711e4cd97f3ff05eb18cf4ec7a08ce5d618c54a567baf6f1a47481',
      'lib/core/util.js': '86cf260e28a97ad7e91c75523ac1dec5df95a7cb15bbd9e858be6a60890692b8',
      'lib/global.js': 'd8e78f218c7bbefdec657f3ae81e31a7f811df511fe951e3a35e3dac1e368e21',
      'lib/dispatcher/client.js': '84205dc96cb9bf7432c4b3e80f0babaa11d6f4faf24ead3e7d9660e9d8fee0b3',
      'lib/dispatcher/client-h2.js': 'e992a732c30c582676caf23193fb58097b4233ab328d0a77b7ff2c0338ad1eca',
    },
  },
  zod: {
    version: '4.6.7',
    why: 'zod-english-only: locales/index.js is replaced by English alone, relying on these modules importing it only to re-export the locales',
    files: {
      'v4/classic/external.js': 'c6b584ae70ba4e7132b2cd78c23ea4ecedc9828abf999edee312372e1fb453d6',
      'v4/core/index.js': '2a0e452323aa5b75b7d7de4879289e2579b9dd2d6af291c0416ba6806ca2199d',
    },
  },
};

/**
 * Throws one error listing every difference between the installed packages under
 * `nodeModules` and what the stand-ins expect; returns quietly when all match.
 */
export function verifyPatchedDependencies(nodeModules, expected = PATCHED_DEPENDENCIES) {
  const problems = [];
  for (const [name, pkg] of Object.entries(expected)) {
    const dir = join(nodeModules, name);
    const version = readVersion(dir);
    if (version !== pkg.version)
      problems.push(`${name}: version ${version ?? '(not installed)'} installed, the stand-ins were written for ${pkg.version}`);
    for (const [file, sha256] of Object.entries(pkg.files)) {
      const actual = hashFile(join(dir, file));
      if (actual === sha256) continue;
      const found = actual === undefined ? 'missing' : `content differs (sha256 ${actual.slice(0, 12)}…, expected ${sha256.slice(0, 12)}…)`;
      problems.push(`${name}/${file}: ${found}`);
    }
  }
  if (problems.length === 0) return;
  const reasons = Object.entries(expected)
    .map(([name, pkg]) => `  ${name}: ${pkg.why}`)
    .join('\n');
  throw new Error(
    `dist/absolute.cjs cannot be built: dependencies differ from what its build-time stand-ins were written for.\n` +
      `${problems.map((p) => `  - ${p}`).join('\n')}\n` +
      `What relies on them:\n${reasons}\n` +
      'Re-check each stand-in in scripts/build.mjs against the new code, then update PATCHED_DEPENDENCIES in scripts/patched-dependencies.mjs.',
  );
}

function readVersion(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function hashFile(path) {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return undefined;
  }
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningSimulator } from '../../simulator';
import { runDist, startTestSimulator } from '../support/harness';
import { withTempDir } from '../support/temp-dir';
import { VARIANTS } from './support/credential-variants';
import { findLeaks } from './support/leaks';

/**
 * The code cache is written at the end of a run, while the token is still in memory. V8 keeps
 * compiled code and the program's own literals in it, never values the program computed; this
 * proves it for each way of holding a token, with the strings in V8's one- and two-byte forms.
 */
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator({ tokens: VARIANTS.map((v) => v.token) });
});
afterAll(() => sim.close());

describe.each(VARIANTS)('the code cache written after a run with $label', (variant) => {
  test('holds no part of the credentials', async () => {
    await withTempDir('code-cache-secrets-', async (cache) => {
      const params = { url: sim.url, credentials: { identifier: variant.tokenId, password: variant.secret } };
      const run = await runDist({ command: 'absolute-device-list', params, args: { limit: '5' } }, { ABSOLUTE_CODE_CACHE: cache });
      expect(run.code).toBe(0);
      const files = readdirSync(cache);
      expect(files).toEqual([expect.stringMatching(/-runner-.*\.v8cache$/)]);
      const bytes = readFileSync(join(cache, files[0] ?? ''));
      expect(bytes.length).toBeGreaterThan(100_000);
      for (const encoding of ['latin1', 'utf16le', 'utf8'] as const) {
        expect({ encoding, leaks: findLeaks(bytes.toString(encoding), variant) }).toEqual({ encoding, leaks: [] });
      }
    });
  });
});

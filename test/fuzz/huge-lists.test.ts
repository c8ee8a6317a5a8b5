import fc from 'fast-check';
import { allCommands } from '../../Integrations/Absolute/src/commands/registry';
import { argRunProblems } from './support/check-run';
import { fuzzParams, fuzzTimeoutMs } from './support/fuzz-config';
import { startFuzzEnv, type FuzzEnv } from './support/fuzz-env';
import { goodValue } from './support/good-values';

/**
 * List arguments at and past their limits (up to 100,001 items, as text or as a playbook array):
 * over the limit is an argument error with nothing sent; under it, the lists are split into
 * requests that each stay well-formed.
 */
const SIZES = [0, 1, 99, 100, 101, 1000, 10_000, 10_001, 100_001];
const LIST_ARGS = allCommands().flatMap((c) =>
  Object.entries(c.args)
    .filter(([, spec]) => spec.meta.isArray)
    .map(([name]) => ({ definition: c, name })),
);

let env: FuzzEnv;
beforeAll(async () => {
  env = await startFuzzEnv();
});
afterAll(() => env.close());

test(
  'huge list arguments are refused by name or sent in well-formed requests',
  async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...LIST_ARGS),
        fc.constantFrom(...SIZES),
        fc.boolean(),
        fc.nat(),
        async ({ definition, name }, size, asArray, salt) => {
          // Distinct items (lists drop duplicates): plausible values made unique, or UUIDs where required.
          const sample = fc.sample(goodValue(name, env.fixtures), { numRuns: 1, seed: salt })[0] ?? 'x';
          const uuidShaped = /^[0-9a-f]{8}-/i.test(sample);
          const items = Array.from({ length: size }, (_, i) =>
            uuidShaped
              ? `${i.toString(16).padStart(8, '0')}-0000-4000-8000-${salt.toString(16).padStart(12, '0').slice(-12)}`
              : `${sample}-${i}`,
          );
          const args = { [name]: asArray ? items : items.join(',') };
          const run = await env.run(definition.name, args);
          expect(argRunProblems({ definition, args, ...run })).toEqual([]);
        },
      ),
      fuzzParams(0.15),
    );
  },
  fuzzTimeoutMs(120_000),
);

import fc from 'fast-check';
import type { CommandDefinition } from '../../Integrations/Absolute/src/commands/command';
import { allCommands } from '../../Integrations/Absolute/src/commands/registry';
import { PLATFORM_ARGS } from '../../Integrations/Absolute/src/xsoar/args';
import { findLeaks } from '../security/support/leaks';
import { SUITE_CREDENTIALS } from '../faults/support/credentials';
import { rawValue } from './support/arg-values';
import { argRunProblems } from './support/check-run';
import { fuzzParams, fuzzTimeoutMs } from './support/fuzz-config';
import { startFuzzEnv, type FuzzEnv } from './support/fuzz-env';
import { goodValue, type FuzzFixtures } from './support/good-values';

/**
 * Every command × arbitrary argument values (unicode, huge and JSON-looking lists, path, query and
 * filter injection, CRLF, empty and whitespace, wrong types). Each input must be rejected naming
 * the argument with nothing sent, or become well-formed requests; never a crash.
 */
/** Some runs keep most arguments plausible so they get past validation to the requests. */
function argsFor(definition: CommandDefinition, fx: FuzzFixtures): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(definition.args);
  const wild = fc.record(Object.fromEntries(names.map((n) => [n, rawValue(goodValue(n, fx))])), { requiredKeys: [] });
  const plausible = fc.record(
    Object.fromEntries(
      names.map((n) => [n, fc.oneof({ arbitrary: goodValue(n, fx), weight: 9 }, { arbitrary: rawValue(goodValue(n, fx)), weight: 1 })]),
    ),
    { requiredKeys: [] },
  );
  return fc.oneof(wild, plausible);
}

const COMMANDS = allCommands();
const WITH_ARGS = COMMANDS.filter((c) => Object.keys(c.args).length > 0);

describe.each(WITH_ARGS.map((c) => [c.name, c] as const))('%s', (_name, definition) => {
  // A simulator per command: data other commands wrote (a message named "NaN") cannot show up here.
  let env: FuzzEnv;
  beforeAll(async () => {
    env = await startFuzzEnv();
  });
  afterAll(() => env.close());

  test(
    'every argument input is rejected by name with nothing sent, or sent well-formed',
    async () => {
      await fc.assert(
        fc.asyncProperty(argsFor(definition, env.fixtures), async (args) => {
          const run = await env.run(definition.name, args);
          const problems = argRunProblems({ definition, args, ...run });
          const leaks = findLeaks([JSON.stringify(run.result.output), ...run.logs].join('\n'), SUITE_CREDENTIALS);
          expect({ problems, leaks, output: run.result.output.entries[0]?.Contents }).toEqual({
            problems: [],
            leaks: [],
            output: expect.anything() as unknown,
          });
        }),
        fuzzParams(),
      );
    },
    fuzzTimeoutMs(60_000),
  );
});

describe('argument names', () => {
  let env: FuzzEnv;
  beforeAll(async () => {
    env = await startFuzzEnv();
  });
  afterAll(() => env.close());

  test(
    'an argument the command does not have is rejected by name, with nothing sent',
    async () => {
      const commands = fc.constantFrom(...COMMANDS);
      const oddNames = ['device_id', 'deviceIds', 'DEVICE_IDS', 'limit ', ' limit', '../x', 'a"b', '\u0000', 'filter[0]'];
      const inherited = ['__proto__', 'constructor', 'toString'];
      const names = fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom(...oddNames, ...inherited));
      await fc.assert(
        fc.asyncProperty(commands, names, async (definition, name) => {
          fc.pre(!Object.hasOwn(definition.args, name) && !PLATFORM_ARGS.has(name));
          const run = await env.run(definition.name, { [name]: 'x' });
          const message = String(run.result.output.entries[0]?.Contents);
          expect({ ok: run.result.ok, named: message.includes(`Invalid argument "${name}"`), sent: run.seen.length }).toEqual({
            ok: false,
            named: true,
            sent: 0,
          });
        }),
        fuzzParams(),
      );
    },
    fuzzTimeoutMs(),
  );
});

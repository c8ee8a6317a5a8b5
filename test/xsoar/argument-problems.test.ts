import { parseCliArgs } from '../../Integrations/Absolute/src/runtime/cli-args';
import { argumentFailure, runInvocation } from '../../Integrations/Absolute/src/runtime/run-invocation';
import { arg, ArgumentError, parseArgs } from '../../Integrations/Absolute/src/xsoar/args';
import { json, startScriptedServer } from '../support/scripted-server';

/**
 * Every argument problem is reported in one error, each line naming its argument; only own
 * properties count, so names inherited from Object.prototype are unknown arguments, not flags.
 */
const specs = {
  ids: arg.list({ required: true, maxItems: 3 }),
  limit: arg.number({ defaultValue: 50, min: 1, max: 500 }),
  flag: arg.boolean(),
};

function problemsOf(run: () => unknown): ArgumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArgumentError) return error;
    throw error;
  }
  throw new Error('no ArgumentError was raised');
}

test('every problem at once: unknown names first, then each bad value, one line each', () => {
  const error = problemsOf(() => parseArgs(specs, { bogus: '1', ids: 'a,b,c,d', limit: 'ten', flag: 'maybe', other: '2' }));
  expect(error.problems.map((p) => p.argument)).toEqual(['bogus', 'other', 'ids', 'limit', 'flag']);
  expect(error.argument).toBe('bogus');
  expect(error.message.split('\n')).toEqual([
    'Invalid argument "bogus": this command has no such argument; it accepts ids, limit, flag',
    'Invalid argument "other": this command has no such argument',
    'Invalid argument "ids": at most 3 values are allowed (got 4)',
    'Invalid argument "limit": must be a whole number (got "ten")',
    'Invalid argument "flag": must be true or false (got "maybe")',
  ]);
});

test('a missing required argument is reported beside a bad one', () => {
  expect(problemsOf(() => parseArgs(specs, { limit: '0' })).message.split('\n')).toEqual([
    'Invalid argument "ids": at least one value is required',
    'Invalid argument "limit": must be at least 1 (got 0)',
  ]);
});

describe('names inherited from Object.prototype', () => {
  test.each(['toString', 'constructor', 'hasOwnProperty', 'valueOf', '__proto__'])('%s is an unknown argument', (name) => {
    // JSON.parse keeps "__proto__" as an own key, as the platform's JSON would.
    const raw = JSON.parse(`{"ids": "a", ${JSON.stringify(name)}: "x"}`) as Record<string, unknown>;
    const error = problemsOf(() => parseArgs(specs, raw));
    expect(error.problems).toEqual([{ argument: name, message: 'this command has no such argument; it accepts ids, limit, flag' }]);
  });

  test('an argument object without a prototype parses like any other', () => {
    const raw = Object.assign(Object.create(null) as Record<string, unknown>, { ids: 'a', limit: '7' });
    expect(parseArgs(specs, raw)).toEqual({ ids: ['a'], limit: 7, flag: false });
  });

  test.each(['toString', 'constructor', '__proto__', 'valueOf'])('the command line takes %s as a command, not as an option', (word) => {
    expect(parseCliArgs([word, 'x=1'])).toMatchObject({ command: word, args: { x: '1' } });
  });

  test('the command line keeps __proto__=x as an argument, which is then refused by name', () => {
    const cli = parseCliArgs(['absolute-device-get', '__proto__=x', 'constructor=y']);
    expect(Object.keys(cli.args)).toEqual(['__proto__', 'constructor']);
    expect(argumentFailure('absolute-device-get', cli.args)).toMatch(
      /Invalid argument "__proto__": this command has no such argument[^\n]*\nInvalid argument "constructor"/,
    );
  });

  test('the runner protocol refuses {"__proto__": ...} in args by name, and sends nothing', async () => {
    const server = await startScriptedServer((_seen, _i, res) => json(res, 200, { data: [] }));
    try {
      const invocation = JSON.parse(
        `{"command": "absolute-device-get", "params": {"url": "${server.url}",` +
          ' "credentials": {"identifier": "id", "password": "a-secret-key-for-the-test"}},' +
          ' "args": {"__proto__": {"device_names": "LAPTOP-7"}, "device_names": "LAPTOP-7"}}',
      ) as Parameters<typeof runInvocation>[0];
      const result = await runInvocation(invocation, { sleep: async () => undefined });
      expect(result.ok).toBe(false);
      expect(String(result.output.entries[0]?.Contents)).toMatch(
        /^Failed to execute absolute-device-get command\.\nError:\nInvalid argument "__proto__": this command has no such argument/,
      );
      expect(server.seen).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});

import type { RunnerOutput } from '../../Integrations/Absolute/src/runtime/invocation';
import { runInvocation } from '../../Integrations/Absolute/src/runtime/run-invocation';
import type { RunningSimulator } from '../../simulator';
import { withStderr } from '../faults/support/capture-stderr';
import { runDist, startTestSimulator } from '../support/harness';
import { VARIANTS, type CredentialVariant } from './support/credential-variants';
import {
  closedPortUrl,
  ERROR_CLASSES,
  simulatorParams,
  startReflectingServer,
  type ErrorClass,
  type ReflectMode,
} from './support/error-classes';
import { findLeaks, outputTexts } from './support/leaks';

/**
 * Secrets are redacted from every error and log path by construction: each error class is forced
 * for each way of holding a token (HS256, a secret with characters JSON escapes, a PEM key, a PEM
 * key flattened to one line), and ALL output is searched (stdout JSON and every string in it, log
 * lines, stderr) for the secret, fragments of it, the token id joined to it, and any compact JWS.
 */
let sim: RunningSimulator;
let closed: string;
let reflectSecret = '';
let reflectMode: ReflectMode = 'jws-in-error';
let reflecting: Awaited<ReturnType<typeof startReflectingServer>>;

beforeAll(async () => {
  sim = await startTestSimulator({ tokens: VARIANTS.map((v) => v.token), fleetSize: 60 });
  closed = await closedPortUrl();
  reflecting = await startReflectingServer(
    () => reflectSecret,
    () => reflectMode,
  );
});
afterAll(async () => {
  await reflecting.close();
  await sim.close();
});

interface Prepared {
  invocation: { command: string; params: Record<string, unknown>; args: Record<string, unknown>; lastRun: null };
  secret: string;
}

function prepare(cls: ErrorClass, cred: CredentialVariant): Prepared {
  const forced = cls.forced(cred, closed);
  sim.setFaults(forced.faults ?? {});
  if (forced.reflect) {
    reflectMode = forced.reflect;
    reflectSecret = cred.secret;
  }
  const params: Record<string, unknown> = {
    ...simulatorParams(sim, cred),
    ...(forced.reflect ? { url: reflecting.url } : {}),
    ...forced.params,
  };
  const password = (params['credentials'] as { password: string }).password;
  return { invocation: { command: forced.command, params, args: forced.args, lastRun: null }, secret: password };
}

function leaksIn(texts: readonly string[], cred: CredentialVariant, secret: string): string[] {
  return [...new Set(texts.flatMap((t) => findLeaks(t, { tokenId: cred.tokenId, secret })))];
}

function firstText(output: RunnerOutput): string {
  const entry = output.entries[0];
  return entry?.Type === 4 ? String(entry.Contents) : String(entry?.HumanReadable);
}

const CELLS = VARIANTS.flatMap((cred) => ERROR_CLASSES.map((cls) => [cls.name, cred.label, cls, cred] as const));

describe('in process: output, log lines and stderr', () => {
  test.each(CELLS)('%s (%s)', async (_name, _label, cls, cred) => {
    const { invocation, secret } = prepare(cls, cred);
    const logs: string[] = [];
    const { value: result, stderr } = await withStderr(() =>
      runInvocation(invocation, { sleep: async () => undefined, log: (line) => logs.push(line) }),
    );
    expect({ ok: result.ok, text: firstText(result.output) }).toEqual({
      ok: cls.ok ?? false,
      text: expect.stringMatching(cls.expect) as unknown,
    });
    expect(leaksIn([...outputTexts(result.output), ...logs, stderr], cred, secret)).toEqual([]);
  });
});

/** The real bundle as the platform runs it: stdout and stderr of the process, for a few classes. */
const DIST_CLASSES = [
  'config: refused URL that holds the secret',
  'argument: the secret typed into an argument',
  '401 (clock skew)',
  'a server that reflects the signed request in its error',
  'a server that reflects the secret in its data',
];
const DIST_CELLS = CELLS.filter(([name]) => DIST_CLASSES.includes(name));

describe('dist/absolute.cjs: stdout and stderr', () => {
  test.each(DIST_CELLS)('%s (%s)', async (_name, _label, cls, cred) => {
    const { invocation, secret } = prepare(cls, cred);
    const run = await runDist(invocation);
    expect({ code: run.code, text: firstText(run.output) }).toEqual({
      code: cls.ok ? 0 : 1,
      text: expect.stringMatching(cls.expect) as unknown,
    });
    expect(leaksIn([run.stdout, run.stderr, ...outputTexts(run.output)], cred, secret)).toEqual([]);
  });
});

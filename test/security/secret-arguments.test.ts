import { findCommand } from '../../Integrations/Absolute/src/commands/registry';
import type { Invocation } from '../../Integrations/Absolute/src/runtime/invocation';
import { runInvocation } from '../../Integrations/Absolute/src/runtime/run-invocation';
import { withStderr } from '../faults/support/capture-stderr';
import { DEMO_DEVICE, type RunningSimulator } from '../../simulator';
import { invocation, runDist, runHere, startTestSimulator } from '../support/harness';
import { manifestCommands } from '../support/manifest';
import { json, startScriptedServer, type SeenRequest } from '../support/scripted-server';
import { findLeaks, outputTexts } from './support/leaks';

/**
 * An argument the manifest declares `secret: true` is redacted like the Secret Key: from every
 * entry, error and log line, when the command fails and when it succeeds. A loopback server plays
 * an API that echoes the request body (in an error, or in the data it returns).
 */
const SECRET_ARGS = manifestCommands().flatMap((c) => (c.arguments ?? []).filter((a) => a.secret).map((a) => `${c.name} ${a.name}`));

const DEVICE = '0e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b';
/** The other arguments each secret argument needs for its value to be sent. */
const CASES: Record<string, Record<string, string>> = {
  'absolute-wipe-request-create mac_pwd': { device_uids: DEVICE, mac_user_name: 'mac-admin' },
};

test('the secret arguments are those of the manifest, known to the commands, and each has a case here', () => {
  expect(SECRET_ARGS).toContain('absolute-wipe-request-create mac_pwd');
  for (const pair of SECRET_ARGS) {
    const [command = '', name = ''] = pair.split(' ');
    expect({ pair, secret: findCommand(command)?.args[name]?.meta.secret }).toEqual({ pair, secret: true });
    expect(Object.keys(CASES)).toContain(pair);
  }
});

type Echo = 'body in an error' | 'body in the data';

/** Answers every request by echoing its decoded body (the wipe request carries `macPwd`). */
function echo(mode: Echo) {
  return (seen: SeenRequest, _i: number, res: Parameters<typeof json>[0]) => {
    const body = JSON.stringify(seen.data);
    const macPwd = String((seen.data as { macPwd?: unknown } | undefined)?.macPwd);
    if (mode === 'body in an error')
      json(res, 400, {
        code: 'INVALID_REQUEST',
        message: `cannot process ${body}`,
        details: [{ field: 'macPwd', message: `rejected ${macPwd}`, code: 'INVALID_VALUE' }],
      });
    else json(res, 200, { data: { requestUid: macPwd, echoed: body } });
  };
}

/** A password with characters JSON escapes and the `;`/`=` of real ones; one short, padded with spaces. */
const PASSWORDS = ['Wipe;Pa55="quoted"\\and\\slashes=', ' hunter42 '];

/** Every spelling the password may take in text: as typed, as sent (trimmed), JSON-escaped once or twice. */
function spellings(password: string): string[] {
  const once = (s: string) => JSON.stringify(s).slice(1, -1);
  return [...new Set([password, password.trim(), once(password.trim()), once(once(password.trim()))])];
}

function leaks(texts: readonly string[], password: string): string[] {
  const found = texts.flatMap((text) =>
    spellings(password)
      .filter((s) => text.includes(s))
      .map((s) => `${JSON.stringify(s)} in ${JSON.stringify(text.slice(0, 120))}`),
  );
  return [...found, ...texts.flatMap((t) => findLeaks(t, { tokenId: 'token-id', secret: password.trim() }))];
}

const CELLS = SECRET_ARGS.flatMap((pair) =>
  PASSWORDS.flatMap((password) => (['body in an error', 'body in the data'] as const).map((mode) => [pair, mode, password] as const)),
);

describe.each(CELLS)('%s, the API echoes the %s, password %j', (pair, mode, password) => {
  const [command = '', name = ''] = pair.split(' ');
  let server: Awaited<ReturnType<typeof startScriptedServer>>;
  beforeAll(async () => {
    server = await startScriptedServer(echo(mode));
  });
  afterAll(() => server.close());

  const invocation = (): Invocation => ({
    command,
    params: { url: server.url, credentials: { identifier: 'token-id', password: 'the-secret-key-of-this-test-0123456789' } },
    args: { ...CASES[pair], [name]: password },
  });

  test('in process: entries, log lines and stderr', async () => {
    const logs: string[] = [];
    const { value: result, stderr } = await withStderr(() =>
      runInvocation(invocation(), { sleep: async () => undefined, log: (line) => logs.push(line) }),
    );
    // The password really went out and really came back: the redaction is what keeps it in.
    expect(server.seen.at(-1)?.data).toMatchObject({ macPwd: password.trim() });
    expect(result.ok).toBe(mode === 'body in the data');
    expect(String(result.output.entries[0]?.[mode === 'body in the data' ? 'HumanReadable' : 'Contents'])).toMatch(/\[REDACTED\]/);
    expect(leaks([...outputTexts(result.output), ...logs, stderr], password)).toEqual([]);
  });

  test('dist/absolute.cjs: stdout and stderr', async () => {
    const run = await runDist(invocation());
    expect({ code: run.code, sent: server.seen.at(-1)?.data }).toMatchObject({
      code: mode === 'body in the data' ? 0 : 1,
      sent: { macPwd: password.trim() },
    });
    expect(leaks([run.stdout, run.stderr, ...outputTexts(run.output)], password)).toEqual([]);
  });
});

describe('a secret argument that reads like JSON', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  test.each(['true', 'false', 'null'])(
    'mac_pwd=%s: a wipe dry run still answers with its rows, the password masked only in text',
    async (password) => {
      const result = await runHere(
        invocation(sim, 'absolute-wipe-request-create', {
          device_uids: DEMO_DEVICE.deviceUid,
          mac_user_name: 'mac-admin',
          mac_pwd: password,
          dry_run: 'true',
        }),
      );
      expect(result.ok).toBe(true);
      const [entry] = result.output.entries;
      expect(entry?.Contents).toEqual([
        expect.objectContaining({ DeviceUid: DEMO_DEVICE.deviceUid, Eligible: expect.any(Boolean) as unknown }),
      ]);
      expect(String(entry?.HumanReadable)).toMatch(/^### Wipe dry run: \d of 1 devices are eligible\. Nothing was sent\./);
      expect(String(entry?.HumanReadable)).not.toMatch(new RegExp(`\\b${password}\\b`));
    },
  );
});

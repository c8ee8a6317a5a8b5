import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseExamples } from '../../scripts/docs/examples';
import { DOCS_CLOCK_MS } from '../../scripts/docs/run-examples';
import { runCli, type CliIo } from '../../Integrations/Absolute/src/runtime/cli';
import { parseCliArgs } from '../../Integrations/Absolute/src/runtime/cli-args';
import { needsConfirmation, terminalConfirmation } from '../../Integrations/Absolute/src/runtime/cli-confirm';
import { CATALOG, catalogCommand } from '../../Integrations/Absolute/src/runtime/command-catalog';
import { DEMO_CREDENTIALS, DEMO_DEVICE, startSimulator, type RunningSimulator } from '../../simulator';
import { BUNDLE, REPO_ROOT } from '../support/paths';
import { HAS_SCRIPT, runOnTerminal } from '../support/pseudo-terminal';
import { runNode } from '../support/run-node';
import { startTestSimulator } from '../support/harness';

const EXAMPLES = parseExamples(readFileSync(join(REPO_ROOT, 'Integrations', 'Absolute', 'command_examples'), 'utf8'));
const DESTRUCTIVE = new Set(CATALOG.filter((c) => c.execution).map((c) => c.name));

const tenantEnv = (sim: RunningSimulator) => ({
  ABSOLUTE_URL: sim.url,
  ABSOLUTE_TOKEN_ID: DEMO_CREDENTIALS.hs256.tokenId,
  ABSOLUTE_SECRET_KEY: DEMO_CREDENTIALS.hs256.secretKey,
});

/** The command line in-process, with a terminal that answers `answer` and records what it showed. */
async function runAnswering(sim: RunningSimulator, argv: string[], answer: string | undefined, filesDir: string) {
  let out = '';
  let err = '';
  const questions: string[] = [];
  const io: CliIo = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: tenantEnv(sim),
    bundleDir: join(REPO_ROOT, 'dist'),
    cwd: filesDir,
    interactive: answer !== undefined,
    ask: async (question) => {
      questions.push(question);
      return answer ?? '';
    },
  };
  const code = await runCli(argv, io, { now: () => DOCS_CLOCK_MS, sleep: async () => undefined });
  return { code, out, err, questions };
}

/** What the tenant holds, without the moment it was read. */
const tenant = (sim: RunningSimulator) => JSON.stringify(sim.state.snapshot().parts);

describe('commands that change the tenant ask first', () => {
  let sim: RunningSimulator;
  let filesDir: string;
  beforeAll(async () => {
    sim = await startSimulator({ now: () => DOCS_CLOCK_MS, rateLimitPerSecond: false });
    filesDir = mkdtempSync(join(tmpdir(), 'absolute-confirm-'));
  });
  afterAll(async () => {
    await sim.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  test('the manifest marks the destructive commands, and every one of them has a command example to try', () => {
    for (const name of [
      'absolute-device-freeze-request',
      'absolute-device-unenroll',
      'absolute-wipe-request-create',
      'absolute-wipe-request-cancel',
    ]) {
      expect(DESTRUCTIVE.has(name)).toBe(true);
    }
    for (const name of DESTRUCTIVE) expect(EXAMPLES.some((e) => e.command === name)).toBe(true);
  });

  test('every command example, in order: a destructive one shows its targets, "n" changes nothing, "y" acts', async () => {
    for (const example of EXAMPLES) {
      const argv = [example.command, ...Object.entries(example.args).map(([k, v]) => `${k}=${v}`)];
      const dryRun = example.args['dry_run'] === 'true';
      if (!DESTRUCTIVE.has(example.command) || dryRun) {
        const run = await runAnswering(sim, argv, 'n', filesDir);
        expect({ line: example.line, code: run.code, asked: run.questions.length }).toEqual({ line: example.line, code: 0, asked: 0 });
        continue;
      }
      const before = tenant(sim);
      const declined = await runAnswering(sim, argv, 'n', filesDir);
      expect({ line: example.line, code: declined.code, asked: declined.questions }).toEqual({
        line: example.line,
        code: 3,
        asked: ['Proceed? [y/N] '],
      });
      expect(declined.out).toBe('');
      expect(declined.err).toMatch(new RegExp(`${example.command} changes the tenant\\. It will act on:\\n  \\S`));
      expect(declined.err).toMatch(/Not confirmed: nothing was done\./);
      expect(tenant(sim)).toBe(before);

      const confirmed = await runAnswering(sim, argv, 'y', filesDir);
      expect({ line: example.line, code: confirmed.code, err: confirmed.code === 0 ? '' : confirmed.err }).toEqual({
        line: example.line,
        code: 0,
        err: '',
      });
      expect(tenant(sim)).not.toBe(before);
    }
  });

  test('the targets are the resolved devices with names and serials, the message, the request', async () => {
    const freeze = await runAnswering(
      sim,
      [
        'absolute-device-freeze-request',
        `device_names=${DEMO_DEVICE.deviceName}`,
        'request_name=Lost',
        'html_message=<p>Call IT</p>',
        'message_name=m',
        'device_freeze_type=OnDemand',
        'passcode_type=RandomForAll',
        'passcode_length=6',
      ],
      'no',
      filesDir,
    );
    expect(freeze.code).toBe(3);
    expect(freeze.err).toContain(
      `OnDemand freeze "Lost", passcode RandomForAll, of 1 device(s):\n    - ${DEMO_DEVICE.deviceName}  serial ${DEMO_DEVICE.serialNumber}  ${DEMO_DEVICE.deviceUid}`,
    );
    expect(freeze.err).toContain('Message: Call IT');
    const message = sim.state.messages.list()[0];
    if (!message) throw new Error('the simulator has no freeze message');
    const del = await runAnswering(sim, ['absolute-device-freeze-message-delete', `message_id=${message.messageUid}`], '', filesDir);
    expect(del.code).toBe(3);
    expect(del.err).toContain(`Delete Freeze message ${message.messageUid} "${message.name}"`);
    const request = sim.state.wipe.requests[0];
    if (!request) throw new Error('the simulator has no wipe request');
    const cancel = await runAnswering(
      sim,
      ['absolute-wipe-request-cancel', `request_uid=${request.requestUid}`, 'cancel_all_actions=true'],
      'N',
      filesDir,
    );
    expect(cancel.err).toContain(
      `Cancel every pending action of wipe request ${request.requestUid} (request ${request.requestId} by ${request.requester}`,
    );
  });

  test('a name that matches no device, or arguments the run would refuse, fail before the question is asked', async () => {
    const run = await runAnswering(sim, ['absolute-device-unenroll', 'device_names=NO-SUCH-LAPTOP'], 'y', filesDir);
    expect(run.code).toBe(1);
    expect(run.questions).toEqual([]);
    expect(run.err).toMatch(/device_names "NO-SUCH-LAPTOP": no device has this name/);
    const refusedLater = [
      [
        'absolute-device-freeze-request',
        `device_ids=${DEMO_DEVICE.deviceUid}`,
        'request_name=r',
        'message_name=m',
        'html_message=x',
        'device_freeze_type=OnDemand',
        'passcode_type=RandomForAll',
      ],
      ['absolute-wipe-request-create', `device_uids=${DEMO_DEVICE.deviceUid}`, 'mac_user_name=admin'],
      ['absolute-custom-device-field-update', `device_id=${DEMO_DEVICE.deviceUid}`, 'value=1'],
      ['absolute-wipe-request-cancel', `request_uid=${DEMO_DEVICE.deviceUid}`],
    ];
    for (const argv of refusedLater) {
      const refused = await runAnswering(sim, argv, 'y', filesDir);
      expect({ argv, code: refused.code, questions: refused.questions }).toEqual({ argv, code: 1, questions: [] });
      expect(refused.err).toMatch(/Invalid argument "(passcode_length|mac_pwd|cdf_uid|action_uids)"/);
    }
  });
});

describe('the confirmation itself', () => {
  const wipe = catalogCommand('absolute-wipe-request-create');
  if (!wipe) throw new Error('absolute-wipe-request-create is missing from the catalog');

  test('a command without its own account of its targets lists the arguments given, secrets masked', async () => {
    const cli = parseCliArgs(['absolute-wipe-request-create', 'device_names=LAPTOP-7', 'mac_user_name=admin', 'mac_pwd=hunter2']);
    let shown = '';
    const confirm = terminalConfirmation(wipe, cli, { err: (t) => (shown += t), ask: async () => 'yes' });
    expect(await confirm(async () => undefined)).toBe(true);
    expect(shown).toContain('It will act on:\n  the arguments:\n  device_names = LAPTOP-7\n  mac_user_name = admin\n  mac_pwd = ********');
    expect(shown).not.toContain('hunter2');
  });

  test('only y or yes proceeds', async () => {
    const cli = parseCliArgs(['absolute-wipe-request-create', 'device_names=LAPTOP-7']);
    const answers = { y: true, Y: true, yes: true, ' YES ': true, '': false, n: false, no: false, yep: false, 'y n': false };
    for (const [answer, proceeds] of Object.entries(answers)) {
      const confirm = terminalConfirmation(wipe, cli, { err: () => undefined, ask: async () => answer });
      expect({ answer, proceeds: await confirm(async () => 'x') }).toEqual({ answer, proceeds });
    }
  });

  test('who is asked: execution commands without --yes, except a dry run', () => {
    const read = catalogCommand('absolute-device-list');
    if (!read) throw new Error('absolute-device-list is missing from the catalog');
    expect(needsConfirmation(wipe, parseCliArgs(['w', 'device_names=A']))).toBe(true);
    expect(needsConfirmation(wipe, parseCliArgs(['w', 'device_names=A', '--yes']))).toBe(false);
    expect(needsConfirmation(wipe, parseCliArgs(['w', 'device_names=A', 'dry_run=true']))).toBe(false);
    expect(needsConfirmation(wipe, parseCliArgs(['w', 'device_names=A', 'dry_run=false']))).toBe(true);
    expect(needsConfirmation(read, parseCliArgs(['r']))).toBe(false);
  });
});

describe('without a terminal', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  test('a destructive command is refused unless --yes is given; --yes acts', async () => {
    const args = ['absolute-wipe-request-create', `device_uids=${DEMO_DEVICE.deviceUid}`];
    const refused = await runNode(BUNDLE, args, { env: tenantEnv(sim) });
    expect(refused.code).toBe(3);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      /absolute-wipe-request-create changes the tenant, and there is no terminal to ask on: nothing was done\.\nRerun it with --yes/,
    );
    expect(sim.stats().requestsTotal).toBe(0);
    expect(sim.state.wipe.requests).toHaveLength(0);

    const json = await runNode(BUNDLE, [...args, '--json'], { env: tenantEnv(sim) });
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({
      entries: [{ Type: 4, Contents: expect.stringMatching(/no terminal to ask on/) as unknown }],
    });

    const confirmed = await runNode(BUNDLE, [...args, '--yes'], { env: tenantEnv(sim) });
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toMatch(/Wipe request [0-9a-f-]{36} has been successfully created/);
    expect(sim.state.wipe.requests).toHaveLength(1);
  });

  test('a dry run changes nothing and needs no confirmation', async () => {
    const run = await runNode(BUNDLE, ['absolute-wipe-request-create', `device_uids=${DEMO_DEVICE.deviceUid}`, 'dry_run=true'], {
      env: tenantEnv(sim),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Wipe dry run/);
  });

  test('a command that reads only is never asked about', async () => {
    const run = await runNode(BUNDLE, ['absolute-device-get', `device_names=${DEMO_DEVICE.deviceName}`], { env: tenantEnv(sim) });
    expect(run.code).toBe(0);
  });

  (HAS_SCRIPT ? test : test.skip)('on a real terminal: the targets, y/N, and only "y" acts', async () => {
    const args = ['absolute-device-unenroll', `device_names=${DEMO_DEVICE.deviceName}`];
    const before = sim.state.unenroll.requests.length;
    const declined = await runOnTerminal(BUNDLE, args, { env: tenantEnv(sim), input: 'n\n' });
    expect(declined.code).toBe(3);
    expect(declined.screen).toMatch(/absolute-device-unenroll changes the tenant\. It will act on:/);
    expect(declined.screen).toContain(`${DEMO_DEVICE.deviceName}  serial ${DEMO_DEVICE.serialNumber}  ${DEMO_DEVICE.deviceUid}`);
    expect(declined.screen).toMatch(/Proceed\? \[y\/N\]/);
    expect(sim.state.unenroll.requests).toHaveLength(before);

    const confirmed = await runOnTerminal(BUNDLE, args, { env: tenantEnv(sim), input: 'y\n' });
    expect(confirmed.code).toBe(0);
    expect(sim.state.unenroll.requests).toHaveLength(before + 1);
  });
});

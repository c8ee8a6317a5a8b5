import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_DEVICE } from '../../simulator';
import { BUNDLE } from '../support/paths';
import { runNode, type NodeRun } from '../support/run-node';

let stateDir: string;
beforeEach(() => {
  stateDir = mkdtempSync(join(tmpdir(), 'absolute-sim-state-'));
});
afterEach(() => rmSync(stateDir, { recursive: true, force: true }));

const STATE_FILE = () => join(stateDir, 'simulator-state.json');

async function cli(...args: string[]): Promise<NodeRun> {
  const run = await runNode(BUNDLE, [...args, '--json'], { env: { ABSOLUTE_SIMULATOR_STATE_DIR: stateDir } });
  if (run.code !== 0) throw new Error(`absolute ${args.join(' ')} exited ${run.code}:\n${run.stdout}\n${run.stderr}`);
  return run;
}

const contents = (run: NodeRun) => (JSON.parse(run.stdout) as { entries: { Contents: unknown }[] }).entries[0]?.Contents;
const idOf = (run: NodeRun, key: string) => String((contents(run) as Record<string, unknown>)[key]);

describe('the embedded simulator remembers between calls', () => {
  test('a freeze request can be read back, and every created object gets its own id', async () => {
    const freeze = (name: string) =>
      cli(
        'absolute-device-freeze-request',
        `device_ids=${DEMO_DEVICE.deviceUid}`,
        `request_name=${name}`,
        'message_name=m',
        'html_message=x',
        'device_freeze_type=OnDemand',
        'passcode_type=RandomForAll',
        'passcode_length=6',
        '--yes',
      );
    const first = await freeze('first');
    expect(first.stderr).toMatch(/starts from a fresh tenant and remembers this call's changes in .*simulator-state\.json/);
    const firstUid = (contents(first) as { requestUid: string }[])[0]?.requestUid ?? '';
    const second = await freeze('second');
    expect(second.stderr).toMatch(
      /It remembers earlier calls \(tenant saved in .*simulator-state\.json; --reset or "absolute simulator reset"/,
    );
    const secondUid = (contents(second) as { requestUid: string }[])[0]?.requestUid ?? '';
    expect(secondUid).toMatch(/^[0-9a-f-]{36}$/);
    expect(secondUid).not.toBe(firstUid);
    const read = await cli('absolute-device-freeze-request-get', `request_uid=${firstUid}`);
    expect(JSON.stringify(contents(read))).toContain(DEMO_DEVICE.deviceUid);

    const messages = [
      await cli('absolute-device-freeze-message-create', 'message_name=A', 'html_message=a'),
      await cli('absolute-device-freeze-message-create', 'message_name=B', 'html_message=b'),
    ];
    const [a, b] = messages.map((m) => idOf(m, 'messageUid'));
    expect(a).not.toBe(b);
    await cli('absolute-device-freeze-message-update', `message_id=${a}`, 'message_name=Renamed', 'html_message=a2');
    expect(JSON.stringify(contents(await cli('absolute-device-freeze-message-list', `message_id=${a}`)))).toContain('Renamed');

    const wipes = [
      await cli('absolute-wipe-request-create', `device_uids=${DEMO_DEVICE.deviceUid}`, '--yes'),
      await cli('absolute-wipe-request-create', `device_uids=${DEMO_DEVICE.deviceUid}`, '--yes'),
    ];
    const [w1, w2] = wipes.map((w) => (contents(w) as { requestUid: string }[])[0]?.requestUid);
    expect(w1).not.toBe(w2);
    expect(readdirSync(stateDir)).toEqual(['simulator-state.json']);
  });

  test('--reset and "absolute simulator reset" start from a fresh tenant', async () => {
    const created = await cli('absolute-device-freeze-message-create', 'message_name=Forgotten', 'html_message=x');
    const id = idOf(created, 'messageUid');
    expect(JSON.stringify(contents(await cli('absolute-device-freeze-message-list')))).toContain(id);
    const reset = await cli('absolute-device-freeze-message-list', '--reset');
    expect(reset.stderr).toMatch(/starts from a fresh tenant/);
    expect(JSON.stringify(contents(reset))).not.toContain(id);

    await cli('absolute-device-freeze-message-create', 'message_name=Forgotten', 'html_message=x');
    expect(existsSync(STATE_FILE())).toBe(true);
    const forget = await runNode(BUNDLE, ['simulator', 'reset'], { env: { ABSOLUTE_SIMULATOR_STATE_DIR: stateDir } });
    expect(forget.code).toBe(0);
    expect(forget.stdout).toMatch(/Forgot the embedded simulator's tenant/);
    expect(existsSync(STATE_FILE())).toBe(false);
  });

  test('a damaged state file is reported and replaced by a fresh tenant', async () => {
    writeFileSync(STATE_FILE(), '{"format":1,"parts":{"freezeMessages":[{"messageUid"');
    const run = await cli('absolute-device-freeze-message-list');
    expect(run.stderr).toMatch(/saved tenant .*simulator-state\.json is unusable \(not valid JSON\); starting from a fresh tenant/);
    expect(JSON.parse(readFileSync(STATE_FILE(), 'utf8'))).toMatchObject({ format: 1 });
  });

  test('concurrent calls leave a whole state file and no temporary files', async () => {
    const runs = await Promise.all(
      Array.from({ length: 4 }, (_, i) => cli('absolute-device-freeze-message-create', `message_name=M${i}`, 'html_message=x')),
    );
    expect(runs.every((r) => r.code === 0)).toBe(true);
    expect(readdirSync(stateDir)).toEqual(['simulator-state.json']);
    const saved = JSON.parse(readFileSync(STATE_FILE(), 'utf8')) as { parts: { freezeMessages: { name: string }[] } };
    // Calls that overlap each start from the same tenant; the last to finish is kept, whole.
    expect(saved.parts.freezeMessages.filter((m) => /^M\d$/.test(m.name)).length).toBeGreaterThanOrEqual(1);
  });
});

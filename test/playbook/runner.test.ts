import { runPlaybook, type RunPlaybookOptions } from '../../scripts/playbook/run-playbook';
import { firstLine, formatArgs } from '../../scripts/playbook/transcript';
import { fakeIntegration, noSleep, note, type Script } from './fake-integration';
import { branch, clause, playbook, start, task, type Json } from './fixture-builder';

const DEVICE_KEY = 'Absolute.Device(val.Id && val.Id == obj.Id)';
const laptop = { Id: 'a', SystemName: 'LAPTOP-7', AgentStatus: 'A' };

function run(pb: Json, scripts: Record<string, Script> = {}, extra: Partial<RunPlaybookOptions> = {}) {
  const fake = fakeIntegration(scripts);
  return runPlaybook({ playbook: pb, params: {}, sleep: noSleep, invoke: fake.invoke, ...extra }).then((r) => ({
    ...r,
    calls: fake.calls,
  }));
}

const deviceGet: Script = (args) =>
  String(args['device_names']) === 'LAPTOP-7'
    ? [note('### Absolute devices list:\n|Id|', { [DEVICE_KEY]: [laptop] })]
    : [note('No devices found.')];

describe('branching', () => {
  const pb = (deviceName: string) =>
    playbook('Branching', [
      start(['1']),
      task('1', { name: 'Get device', script: 'Absolute|||absolute-device-get', args: { device_names: deviceName }, next: ['2'] }),
      task('2', {
        type: 'condition',
        name: 'Found?',
        conditions: [
          branch('yes', [clause('isNotEmpty', 'Absolute.Device.Id')]),
          branch('inactive', [clause('isEqualString', 'Absolute.Device.AgentStatus', 'I')]),
        ],
        next: { yes: ['3'], inactive: ['4'], '#default#': ['5'] },
      }),
      task('3', { type: 'title', name: 'Found', next: ['6'] }),
      task('4', { type: 'title', name: 'Inactive', next: ['6'] }),
      task('5', { type: 'title', name: 'Not found', next: ['6'] }),
      task('6', { type: 'title', name: 'Done' }),
    ]);

  test('follows the first label whose condition holds, joins at the common task', async () => {
    const result = await run(pb('LAPTOP-7'), { 'absolute-device-get': deviceGet });
    expect(result.ok).toBe(true);
    const ran = result.transcript.filter((l) => l.startsWith('[')).map((l) => l.split(' -- ')[0]);
    expect(ran).toEqual(['[0] (start)', '[1] Get device', '[2] Found?', '[3] Found', '[6] Done']);
    expect(result.context).toEqual({ Absolute: { Device: laptop } });
    expect(result.calls).toEqual([{ command: 'absolute-device-get', args: { device_names: 'LAPTOP-7' } }]);
  });

  test('#default# is taken when no label holds, and the join still runs once', async () => {
    const result = await run(pb('NOBODY'), { 'absolute-device-get': deviceGet });
    expect(result.ok).toBe(true);
    expect(result.transcript.some((l) => l.includes('[5] Not found'))).toBe(true);
    expect(result.transcript.filter((l) => l.includes('[6] Done'))).toHaveLength(1);
  });

  test('"else" is accepted as the #default# label', async () => {
    const doc = pb('NOBODY') as { tasks: Record<string, Json> };
    const cond = doc.tasks['2'] as { nexttasks: Record<string, string[]> };
    cond.nexttasks = { yes: ['3'], inactive: ['4'], else: ['5'] };
    expect((await run(doc, { 'absolute-device-get': deviceGet })).ok).toBe(true);
  });

  test('a chosen branch with nothing connected fails the run', async () => {
    const doc = playbook('Unrouted', [
      start(['1']),
      task('1', {
        type: 'condition',
        name: 'Verify',
        conditions: [branch('yes', [clause('isNotEmpty', 'Nothing.Here')])],
        next: { yes: ['2'] },
      }),
      task('2', { type: 'title', name: 'Test Done' }),
    ]);
    const result = await run(doc);
    expect(result.ok).toBe(false);
    expect(result.failedTask).toMatchObject({ taskId: '1', taskName: 'Verify', reason: 'branch "#default#" is not connected to any task' });
  });

  test('error-path rule: reaching a task named "Error..." or "Fail..." fails the run after finishing the branch', async () => {
    const doc = playbook('Error path', [
      start(['1']),
      task('1', {
        type: 'condition',
        name: 'Found?',
        conditions: [branch('yes', [clause('isNotEmpty', 'Nothing')])],
        next: { yes: ['3'], '#default#': ['2'] },
      }),
      task('2', { type: 'title', name: 'Error - Device Not Found', next: ['4'] }),
      task('3', { type: 'title', name: 'Done' }),
      task('4', { name: 'Report', scriptName: 'Print', args: { value: 'not found' } }),
    ]);
    const result = await run(doc);
    expect(result.ok).toBe(false);
    expect(result.failedTask).toMatchObject({ taskId: '2', reason: 'reached an error-path task' });
    expect(result.transcript.some((l) => l.includes('[4] Report'))).toBe(true);
    expect(result.transcript.at(-1)).toMatch(/^FAILED: "Error path" at task 2 "Error - Device Not Found"/);
  });
});

describe('inputs and outputs', () => {
  const pb = playbook(
    'IO',
    [
      start(['1']),
      task('1', { name: 'Get', script: '|||absolute-device-get', args: { device_names: '${inputs.DeviceName}' }, next: ['2'] }),
      task('2', {
        name: 'Remember',
        scriptName: 'Set',
        args: { key: 'Result.Name', value: 'device ${inputs.DeviceName} via ${inputs.Via}' },
      }),
    ],
    {
      inputs: [
        { key: 'DeviceName', value: { simple: 'DESK-1' }, required: true, description: 'Device.', playbookInputQuery: null },
        {
          key: 'Via',
          value: { complex: { root: 'Seed', accessor: 'Source' } },
          required: false,
          description: 'Where.',
          playbookInputQuery: null,
        },
      ],
      outputs: [
        { contextPath: 'Absolute.Device', description: 'Device.', type: 'unknown' },
        { contextPath: 'Result.Name', description: 'Name.' },
        { contextPath: 'Never.Written', description: 'x' },
      ],
    },
  );

  test('defaults apply, --input overrides, outputs are read back', async () => {
    const result = await run(pb, { 'absolute-device-get': deviceGet }, { inputs: { DeviceName: 'LAPTOP-7' } });
    expect(result.ok).toBe(true);
    expect(result.calls[0]?.args).toEqual({ device_names: 'LAPTOP-7' });
    expect(result.outputs).toEqual({ 'Absolute.Device': laptop, 'Result.Name': 'device LAPTOP-7 via ' });
  });

  test('an unknown --input and a missing required input are errors', async () => {
    const unknown = await run(pb, {}, { inputs: { Nope: 'x' } });
    expect(unknown.ok).toBe(false);
    expect(unknown.failedTask?.reason).toMatch(/has no input "Nope"/);
    const missing = await run(pb, {}, { inputs: { DeviceName: '' } });
    expect(missing.failedTask?.reason).toMatch(/needs input "DeviceName"/);
  });
});

describe('built-in scripts', () => {
  test('DeleteContext all=yes and key=, Set with append, Print', async () => {
    const doc = playbook('Builtins', [
      start(['1']),
      task('1', { name: 'Seed', scriptName: 'Set', args: { key: 'A.List', value: 'one' }, next: ['2'] }),
      task('2', { name: 'Append', scriptName: 'Set', args: { key: 'A.List', value: 'two', append: 'true' }, next: ['3'] }),
      task('3', { name: 'Other', scriptName: 'Set', args: { key: 'B', value: '${A.List}' }, next: ['4'] }),
      task('4', { name: 'Drop A', scriptName: 'DeleteContext', args: { key: 'A' }, next: ['5'] }),
      task('5', { name: 'Say', scriptName: 'Print', args: { value: 'B is ${B}' } }),
    ]);
    const result = await run(doc);
    expect(result.ok).toBe(true);
    expect(result.context).toEqual({ B: ['one', 'two'] });
    expect(result.transcript).toContain('    -> B is one,two');
    const wipe = playbook('Wipe', [
      start(['1']),
      task('1', { name: 'Seed', scriptName: 'Set', args: { key: 'X', value: '1' }, next: ['2'] }),
      task('2', { name: 'Clean', scriptName: 'DeleteContext', args: { all: 'yes' } }),
    ]);
    expect((await run(wipe)).context).toEqual({});
  });
});

describe('transcript', () => {
  test('shows resolved arguments and masks secrets', () => {
    expect(
      formatArgs({
        passcode: '123456',
        passcode_type: 'UserDefined',
        passcode_length: '6',
        mac_pwd: 'x',
        name: 'two words',
        ids: ['a', 'b'],
      }),
    ).toBe('passcode=**** passcode_type=UserDefined passcode_length=6 mac_pwd=**** name="two words" ids=["a","b"]');
    expect(firstLine('\n\n### Title\n|a|')).toBe('### Title');
  });
});

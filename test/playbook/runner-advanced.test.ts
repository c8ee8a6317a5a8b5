import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { runPlaybook, type RunPlaybookOptions } from '../../scripts/playbook/run-playbook';
import { VirtualClock } from '../../scripts/playbook/virtual-clock';
import { suiteTempDir } from '../support/temp-dir';
import { fakeIntegration, noSleep, note, type Script } from './fake-integration';
import { branch, clause, playbook, start, task, type Json } from './fixture-builder';

function run(pb: Json, scripts: Record<string, Script> = {}, extra: Partial<RunPlaybookOptions> = {}) {
  const fake = fakeIntegration(scripts);
  return runPlaybook({ playbook: pb, params: {}, sleep: noSleep, invoke: fake.invoke, ...extra }).then((r) => ({
    ...r,
    calls: fake.calls,
  }));
}

describe('sub-playbooks', () => {
  const dir = suiteTempDir('playbooks-');
  const child = playbook(
    'Child - Lookup',
    [
      start(['1']),
      task('1', { name: 'Get', script: '|||absolute-device-get', args: { device_names: '${inputs.Name}' }, next: ['2'] }),
      task('2', { name: 'Mark', scriptName: 'Set', args: { key: 'Child.Scratch', value: 'internal' } }),
    ],
    {
      inputs: [{ key: 'Name', value: { simple: 'DEFAULT' }, required: false, description: 'Name.', playbookInputQuery: null }],
      outputs: [
        { contextPath: 'Absolute.Device', description: 'Device.' },
        { contextPath: 'Absolute.Device.Id', description: 'Id.' },
      ],
    },
  );
  writeFileSync(join(dir, 'playbook-Child_-_Lookup.yml'), stringify(child));
  const get: Script = (args) => [
    note('found', { 'Absolute.Device(val.Id && val.Id == obj.Id)': { Id: `id-${String(args['device_names'])}` } }),
  ];
  const parent = (separate: boolean, args: Record<string, string | Json> = { Name: '${Wanted}' }) =>
    playbook('Parent', [
      start(['1']),
      task('1', { name: 'Seed', scriptName: 'Set', args: { key: 'Wanted', value: 'LAPTOP-7' }, next: ['2'] }),
      task('2', {
        type: 'playbook',
        name: 'Look up',
        playbookName: 'Child - Lookup',
        args,
        extra: { separatecontext: separate },
        next: ['3'],
      }),
      task('3', {
        type: 'condition',
        name: 'Verify',
        conditions: [branch('yes', [clause('isEqualString', 'Absolute.Device.Id', 'id-LAPTOP-7')])],
        next: { yes: ['4'], '#default#': ['5'] },
      }),
      task('4', { type: 'title', name: 'Done' }),
      task('5', { type: 'title', name: 'Failed verification' }),
    ]);

  test('separate context: inputs from the caller, only declared outputs come back', async () => {
    const result = await run(parent(true), { 'absolute-device-get': get }, { playbooksDir: dir });
    expect(result.ok).toBe(true);
    expect(result.context).toEqual({ Wanted: 'LAPTOP-7', Absolute: { Device: { Id: 'id-LAPTOP-7' } } });
    expect(result.transcript.some((l) => l.startsWith('    [1] Get -- !absolute-device-get device_names=LAPTOP-7'))).toBe(true);
  });

  test('shared context: the child writes straight into the caller context', async () => {
    const result = await run(parent(false), { 'absolute-device-get': get }, { playbooksDir: dir });
    expect(result.ok).toBe(true);
    expect(result.context['Child']).toEqual({ Scratch: 'internal' });
  });

  test("an input the caller leaves empty takes the child's default", async () => {
    const result = await run(parent(true, { Name: {} }), { 'absolute-device-get': get }, { playbooksDir: dir });
    expect(result.calls[0]?.args).toEqual({ device_names: 'DEFAULT' });
    expect(result.ok).toBe(false);
    expect(result.failedTask?.taskName).toBe('Failed verification');
  });

  test('a failing child fails the calling task; a missing child is an error', async () => {
    const failing = await run(parent(true), { 'absolute-device-get': () => new Error('boom') }, { playbooksDir: dir });
    expect(failing.ok).toBe(false);
    expect(failing.failedTask).toMatchObject({ taskId: '2', taskName: 'Look up' });
    expect(failing.failedTask?.reason).toMatch(
      /sub-playbook "Child - Lookup" failed at task 1 \(Get\): Failed to execute absolute-device-get command/,
    );
    const missing = await run(parent(true), {}, { playbooksDir: join(dir, 'nowhere') });
    expect(missing.failedTask?.reason).toMatch(/sub-playbook "Child - Lookup" was not found/);
  });
});

describe('scheduled commands (polling)', () => {
  const pb = playbook('Polling', [
    start(['1']),
    task('1', { name: 'Freeze status', script: 'Absolute|||absolute-device-freeze-request-get', args: { request_uid: 'r1' }, next: ['2'] }),
    task('2', {
      type: 'condition',
      name: 'Final?',
      conditions: [branch('yes', [clause('isEqualString', 'Absolute.FreezeRequestDetail.Status', 'Completed')])],
      next: { yes: ['3'], '#default#': ['4'] },
    }),
    task('3', { type: 'title', name: 'Done' }),
    task('4', { type: 'title', name: 'Failed' }),
  ]);
  const detail = (status: string) => ({ 'Absolute.FreezeRequestDetail(val.ID && val.ID == obj.ID)': { ID: 'r1', Status: status } });
  const polling =
    (finishAfter: number, nextRun = '30', timeout = '600'): Script =>
    (args, call) =>
      call < finishAfter
        ? [
            note(`still pending (${call})`, detail('Pending'), {
              PollingCommand: 'absolute-device-freeze-request-get',
              NextRun: nextRun,
              PollingArgs: { request_uid: 'r1', round: String(call + 1) },
              Timeout: timeout,
            }),
          ]
        : [note('completed', detail('Completed'))];

  test('re-runs PollingCommand with PollingArgs after NextRun seconds until a final entry', async () => {
    const slept: number[] = [];
    const result = await run(pb, { 'absolute-device-freeze-request-get': polling(3) }, { sleep: async (ms) => void slept.push(ms) });
    expect(result.ok).toBe(true);
    expect(slept).toEqual([30000, 30000, 30000]);
    expect(result.calls.map((c) => c.args)).toEqual([
      { request_uid: 'r1' },
      { request_uid: 'r1', round: '1' },
      { request_uid: 'r1', round: '2' },
      { request_uid: 'r1', round: '3' },
    ]);
    expect(result.context).toEqual({ Absolute: { FreezeRequestDetail: { ID: 'r1', Status: 'Completed' } } });
    expect(result.stats.polls).toBe(3);
    expect(result.transcript.filter((l) => l.includes('(scheduled: !absolute-device-freeze-request-get again in 30 s'))).toHaveLength(3);
  });

  test('fails the task when polling would pass its Timeout', async () => {
    const result = await run(pb, { 'absolute-device-freeze-request-get': polling(100, '30', '60') });
    expect(result.ok).toBe(false);
    expect(result.failedTask).toMatchObject({ taskId: '1' });
    expect(result.failedTask?.reason).toMatch(/still polling after 60 s; the next run \(in 30 s\) would pass its Timeout of 60 s/);
    expect(result.calls).toHaveLength(3);
  });
});

describe('errors', () => {
  const failing = (extra: Json, next: Record<string, string[]>) =>
    playbook('Errors', [
      start(['1']),
      task('1', { name: 'Broken', script: '|||absolute-device-list', next, extra }),
      task('2', { type: 'title', name: 'After' }),
      task('3', { type: 'title', name: 'Handle error' }),
    ]);
  const broken = { 'absolute-device-list': () => new Error('Invalid argument "limit"') };

  test('an error entry fails the task and stops the run', async () => {
    const result = await run(failing({}, { '#none#': ['2'] }), broken);
    expect(result.ok).toBe(false);
    expect(result.failedTask).toMatchObject({ taskId: '1', taskName: 'Broken' });
    expect(result.failedTask?.reason).toMatch(/^Failed to execute absolute-device-list command/);
    expect(result.transcript.some((l) => l.includes('[2] After'))).toBe(false);
  });

  test('continueonerror with errorPath follows #error#', async () => {
    const result = await run(
      failing({ continueonerror: true, continueonerrortype: 'errorPath' }, { '#none#': ['2'], '#error#': ['3'] }),
      broken,
    );
    expect(result.ok).toBe(true);
    expect(result.transcript.some((l) => l.includes('[3] Handle error'))).toBe(true);
    expect(result.transcript.some((l) => l.includes('[2] After'))).toBe(false);
  });

  test('continueonerror alone carries on along #none#', async () => {
    const result = await run(failing({ continueonerror: true }, { '#none#': ['2'] }), broken);
    expect(result.ok).toBe(true);
    expect(result.transcript.some((l) => l.includes('[2] After'))).toBe(true);
  });
});

describe('platform conveniences', () => {
  test('extend-context copies raw Contents (or a path in them) into context', async () => {
    const events = [
      { id: 'e1', eventType: 'UserLogin' },
      { id: 'e2', eventType: 'DeviceUpdated' },
    ];
    const pb = playbook('Extend', [
      start(['1']),
      task('1', {
        name: 'Events',
        script: '|||absolute-device-get-events',
        args: { limit: '2', 'extend-context': 'Test.Events=::Test.Types=eventType' },
      }),
    ]);
    const result = await run(pb, { 'absolute-device-get-events': () => [note('### Events', undefined, { Contents: events })] });
    expect(result.ok).toBe(true);
    expect(result.context).toEqual({ Test: { Events: events, Types: ['UserLogin', 'DeviceUpdated'] } });
    expect(result.calls[0]?.args).toEqual({ limit: '2', 'extend-context': 'Test.Events=::Test.Types=eventType' });
  });

  test('an exported sub-playbook task with a disabled loop block runs normally', async () => {
    const pb = playbook('Loop block', [
      start(['1']),
      task('1', { type: 'title', name: 'T', extra: { loop: { iscommand: false, exitCondition: '', wait: 1, max: 100 } } }),
    ]);
    expect((await run(pb)).ok).toBe(true);
  });
});

describe('unsupported constructs are errors naming the task and the construct', () => {
  const one = (t: Json) => playbook('Unsupported', [start(['1']), t]);
  test.each<[string, Json, RegExp]>([
    ['task type', task('1', { type: 'section', name: 'Sec' }), /Unsupported task 1 \(Sec\): task type "section" is not supported/],
    [
      'loop',
      task('1', {
        name: 'Loop',
        script: '|||test-module',
        extra: { loop: { iscommand: false, exitCondition: '', max: 3, forEach: true } },
      }),
      /task 1 \(Loop\): task loops \("loop" with forEach/,
    ],
    [
      'operator',
      task('1', { type: 'condition', name: 'C', conditions: [branch('yes', [clause('matchRegex', 'X', 'y')])], next: { yes: ['0'] } }),
      /task 1 \(C\): condition operator "matchRegex" is not supported/,
    ],
    [
      'transformer',
      task('1', {
        name: 'T',
        script: '|||test-module',
        args: { x: { complex: { root: 'A', transformers: [{ operator: 'splitAndTrim' }] } } },
      }),
      /task 1 \(T\): transformer "splitAndTrim" is not supported/,
    ],
    [
      'built-in script',
      task('1', { name: 'S', scriptName: 'SetGridField' }),
      /task 1 \(S\): script "SetGridField" is not available in the local runner/,
    ],
    [
      'built-in argument',
      task('1', { name: 'S', scriptName: 'DeleteContext', args: { keysToKeep: 'x' } }),
      /task 1 \(S\): DeleteContext argument\(s\) keysToKeep are not supported/,
    ],
    [
      'other brand',
      task('1', { name: 'B', script: 'VirusTotal|||file' }),
      /task 1 \(B\): command "VirusTotal\|\|\|file" needs integration "VirusTotal"/,
    ],
    [
      'unknown command',
      task('1', { name: 'U', script: '|||absolute-teleport' }),
      /task 1 \(U\): command "absolute-teleport" is not implemented/,
    ],
    ['script condition', task('1', { type: 'condition', name: 'SC', scriptName: 'IsIntegrationAvailable' }), /script-based conditions/],
    ['manual task', task('1', { name: 'Manual' }), /manual tasks/],
    [
      'DT mutator',
      task('1', { name: 'DT', script: '|||test-module', args: { x: '${A.b=val.toUpperCase()}' } }),
      /task 1 \(DT\): context path .* is not supported/,
    ],
    [
      '#error# without errorPath',
      task('1', { name: 'E', script: '|||test-module', next: { '#error#': ['0'] } }),
      /branch "#error#" can never be taken/,
    ],
  ])('%s', async (_, t, message) => {
    const result = await run(one(t));
    expect(result.ok).toBe(false);
    expect(result.failedTask?.reason).toMatch(message);
    expect(result.stats.tasks).toBe(0);
  });

  test('a loop back to an earlier task is rejected', async () => {
    const pb = playbook('Cycle', [
      start(['1']),
      task('1', { type: 'title', name: 'A', next: ['2'] }),
      task('2', { type: 'title', name: 'B', next: ['1'] }),
    ]);
    const result = await run(pb);
    expect(result.failedTask?.reason).toMatch(/loops back \(tasks 1 -> 2 -> 1\)/);
  });

  test('a link to a missing task is rejected', async () => {
    const result = await run(playbook('Dangling', [start(['9'])]));
    expect(result.failedTask?.reason).toMatch(/links to task "9", which does not exist/);
  });
});

describe('virtual clock', () => {
  test('stands still until a wait moves it by exactly the wait', async () => {
    const clock = new VirtualClock(() => 1_000);
    expect(clock.now()).toBe(1_000);
    await clock.sleep(30_000);
    await clock.sleep(-5);
    expect(clock.now()).toBe(31_000);
    const frozen = new VirtualClock();
    const first = frozen.now();
    await new Promise((r) => setTimeout(r, 5));
    expect(frozen.now()).toBe(first);
  });
});

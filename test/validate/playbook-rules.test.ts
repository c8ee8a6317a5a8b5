import { codes, findingsAfter, PLAYBOOK, TEST_PLAYBOOK, type FixturePack } from './support/fixture-pack';

const titleTask = (id: string) => ({
  id,
  taskid: id,
  type: 'title',
  task: { id, version: -1, name: 'Stray', description: '', iscommand: false, brand: '' },
  view: '{"position": {"x": 400, "y": 50}}',
});

/** [code, what is broken, mutation]: each mutation must trigger that code and nothing else. */
const cases: [string, string, (pack: FixturePack) => unknown][] = [
  ['ST110', 'an unknown task key', (p) => p.set(PLAYBOOK, ['tasks', '1', 'bogus'], true)],
  ['ST110', 'a task without a description', (p) => p.remove(PLAYBOOK, ['tasks', '1', 'task', 'description'])],
  ['ST110', 'a test playbook task of an unknown type', (p) => p.set(TEST_PLAYBOOK, ['tasks', '4', 'type'], 'finish')],
  ['BA100', 'a version other than -1', (p) => p.set(PLAYBOOK, ['version'], 1)],
  ['BA101', 'an id that differs from the name', (p) => p.set(PLAYBOOK, ['id'], 'Sample Triage')],
  ['DS108', 'a description without a period', (p) => p.set(PLAYBOOK, ['description'], 'Looks up a device')],
  ['PB109', 'a taskid that differs from task.id', (p) => p.set(PLAYBOOK, ['tasks', '1', 'taskid'], '7')],
  ['PB109', 'a task id that differs from its key', (p) => p.set(TEST_PLAYBOOK, ['tasks', '2', 'id'], '20')],
  ['PK101', 'a starttaskid that is not a task', (p) => p.set(PLAYBOOK, ['starttaskid'], '9')],
  ['PK102', 'a branch to a missing task', (p) => p.push(PLAYBOOK, ['tasks', '1', 'nexttasks', '#none#'], '9')],
  ['PB103', 'a task nothing leads to', (p) => p.set(PLAYBOOK, ['tasks', '5'], titleTask('5'))],
  [
    'PB103',
    'a loop unreachable from the start',
    (p) =>
      p
        .set(TEST_PLAYBOOK, ['tasks', '5'], { ...titleTask('5'), nexttasks: { '#none#': ['6'] } })
        .set(TEST_PLAYBOOK, ['tasks', '6'], { ...titleTask('6'), nexttasks: { '#none#': ['5'] } }),
  ],
  ['PB122', 'a condition label with no branch', (p) => p.set(PLAYBOOK, ['tasks', '2', 'conditions', 0, 'label'], 'seen')],
  ['PB122', 'a branch with no condition label', (p) => p.set(PLAYBOOK, ['tasks', '2', 'nexttasks', 'no'], ['4'])],
  [
    'PB118',
    'a declared input no task uses',
    (p) =>
      p.push(PLAYBOOK, ['inputs'], {
        key: 'Unused',
        value: {},
        required: false,
        description: 'Not used.',
        playbookInputQuery: null,
      }),
  ],
  [
    'PB119',
    'a task using an undeclared input',
    (p) => p.set(PLAYBOOK, ['tasks', '1', 'scriptarguments', 'device_id', 'simple'], '${inputs.Hostname}'),
  ],
  [
    'PB105',
    'DeleteContext all=yes in a regular playbook',
    (p) =>
      p
        .set(PLAYBOOK, ['tasks', '1', 'task', 'scriptName'], 'DeleteContext')
        .set(PLAYBOOK, ['tasks', '1', 'scriptarguments', 'all'], { simple: 'yes' }),
  ],
];

describe('playbook rules', () => {
  test.each(cases)('%s fires alone for %s', async (code, _what, mutate) => {
    expect(codes(await findingsAfter(mutate))).toEqual([code]);
  });

  test('ST110 reports the quoted task key in the path', async () => {
    const findings = await findingsAfter((p) => p.remove(PLAYBOOK, ['tasks', '1', 'task', 'description']));
    expect(findings).toEqual([expect.objectContaining({ where: 'tasks["1"].task.description', message: 'required key is missing' })]);
  });

  test('PB103 names the unreachable tasks', async () => {
    const [finding] = await findingsAfter((p) => p.set(PLAYBOOK, ['tasks', '5'], titleTask('5')));
    expect(finding?.message).toBe('tasks not reachable from the start task: 5');
  });

  test('test playbooks may wipe the context and are not held to the input rules', async () => {
    const findings = await findingsAfter((p) =>
      p.set(TEST_PLAYBOOK, ['inputs'], [{ key: 'Unused', value: {}, required: false, description: 'Not used.', playbookInputQuery: null }]),
    );
    expect(findings).toEqual([]);
  });

  test('condition labels are matched case-insensitively and #default# / #error# need no label', async () => {
    const findings = await findingsAfter((p) =>
      p.set(PLAYBOOK, ['tasks', '2', 'conditions', 0, 'label'], 'YES').set(PLAYBOOK, ['tasks', '2', 'nexttasks', '#error#'], ['4']),
    );
    expect(findings).toEqual([]);
  });

  test('an input referenced only through a complex root/accessor counts as used', async () => {
    // Task 1 uses ${inputs.DeviceID}; pointing it elsewhere leaves only task 3's complex reference.
    const findings = await findingsAfter((p) => p.set(PLAYBOOK, ['tasks', '1', 'scriptarguments', 'device_id', 'simple'], 'dev-1'));
    expect(findings).toEqual([]);
  });
});

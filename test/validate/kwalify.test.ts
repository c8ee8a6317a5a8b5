import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileSchema, KwalifySchemaError, validateAgainstSchema, type CompiledSchema } from '../../scripts/validate/kwalify';
import { formatPath } from '../../scripts/validate/object-path';
import { SCHEMA_DIR } from './support/fixture-pack';

const schema = (yaml: string): CompiledSchema => compileSchema(parse(yaml));
const errorsOf = (compiled: CompiledSchema, data: unknown) =>
  validateAgainstSchema(data, compiled).map(({ where, message }) => `${where}: ${message}`);
const vendored = (name: string) => compileSchema(parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')));

describe('kwalify subset: scalars and mappings', () => {
  const person = schema(`
type: map
mapping:
  name: {type: str, required: true}
  age: {type: int}
  kind: {type: str, enum: [a, b]}
  note: {type: text}
  flag: {type: bool}
  anything: {type: any}
  code: {type: str, pattern: '[A-Z]{2}'}
  ratio: {type: number}
  plain: {type: scalar}
`);

  test('a conforming document has no errors', () => {
    expect(
      errorsOf(person, { name: 'x', age: 3, kind: 'a', note: 5, flag: false, anything: [1], code: 'AB1', ratio: 0.5, plain: 'p' }),
    ).toEqual([]);
  });

  test('a missing required key is reported at the key', () => {
    expect(errorsOf(person, { age: 3 })).toEqual(['name: required key is missing']);
  });

  test('unknown keys, wrong types and enum misses are each reported', () => {
    expect(errorsOf(person, { name: 'x', age: '3', kind: 'c', flag: 'true', extra: 1 })).toEqual([
      'age: expected int, found string "3"',
      'kind: string "c" is not one of: "a", "b"',
      'flag: expected bool, found string "true"',
      'extra: key is not defined in the schema',
    ]);
  });

  test('text takes strings and numbers but not booleans; int takes no booleans; scalar takes no collections', () => {
    expect(errorsOf(person, { name: 'x', note: true, age: true, plain: {} })).toEqual([
      'note: expected text, found boolean true',
      'age: expected int, found boolean true',
      'plain: expected scalar, found a mapping',
    ]);
  });

  test('patterns are anchored at the start only, like re.match', () => {
    expect(errorsOf(person, { name: 'x', code: 'xAB' })).toEqual(['code: string "xAB" does not match the pattern ^(?:[A-Z]{2})']);
  });

  test('null scalars are accepted unless required', () => {
    expect(errorsOf(person, { name: null, age: null })).toEqual(['name: a value is required here, found null']);
  });

  test('a null or non-mapping document is rejected at the root', () => {
    expect(errorsOf(person, null)).toEqual(['(root): expected a mapping, found null']);
    expect(errorsOf(person, [1])).toEqual(['(root): expected a mapping, found a sequence']);
  });
});

describe('kwalify subset: sequences, includes, regex keys, allowempty', () => {
  const doc = schema(`
type: map
mapping:
  items:
    type: seq
    sequence:
    - include: item_schema
  choices:
    type: seq
    matching: any
    sequence:
    - type: int
    - type: str
  free:
    type: map
    allowempty: true
  partly:
    type: map
    allowempty: true
    mapping:
      known: {type: int}
  tasks:
    type: map
    matching-rule: all
    mapping:
      regex;(^[0-9]+$):
        type: map
        mapping:
          id: {type: str, required: true}
  left:
    include: side_schema
    required: true
schema;item_schema:
  type: map
  required: true
  mapping:
    name: {type: str, required: true}
schema;side_schema:
  type: map
  mapping:
    value: {type: any, required: true}
`);

  test('sequence items are validated through the included partial, with indexes in the path', () => {
    expect(errorsOf(doc, { items: [{ name: 'a' }, { nom: 'b' }] })).toEqual([
      'items[1].name: required key is missing',
      'items[1].nom: key is not defined in the schema',
    ]);
  });

  test("a null item fails the partial's own required flag", () => {
    expect(errorsOf(doc, { items: [null] })).toEqual(['items[0]: a value is required here, found null']);
  });

  test('a null sequence is accepted, a null mapping is not', () => {
    expect(errorsOf(doc, { items: null, free: null })).toEqual(['free: expected a mapping, found null']);
  });

  test('matching: any accepts an item that fits one of the item rules', () => {
    expect(errorsOf(doc, { choices: [1, 'two', true] })).toEqual([
      'choices[2]: expected int, found boolean true',
      'choices[2]: expected str, found boolean true',
    ]);
  });

  test('allowempty maps accept unknown keys but still check the known ones', () => {
    expect(errorsOf(doc, { free: { anything: 1 }, partly: { known: 'x', other: 2 } })).toEqual([
      'partly.known: expected int, found string "x"',
    ]);
  });

  test('regex keys validate matching keys and reject the rest, with quoted keys in the path', () => {
    expect(errorsOf(doc, { tasks: { '0': { id: '0' }, '1': {}, x: { id: 'x' } } })).toEqual([
      'tasks["1"].id: required key is missing',
      'tasks.x: key is not defined and does not match regex;(^[0-9]+$)',
    ]);
  });

  test('keywords next to include are ignored, as pykwalify does', () => {
    expect(errorsOf(doc, {})).toEqual([]);
    expect(errorsOf(doc, { left: {} })).toEqual(['left.value: required key is missing']);
  });
});

describe('kwalify subset: schema compilation', () => {
  test('unsupported keywords fail loudly', () => {
    expect(() => schema('type: map\nmapping:\n  a: {type: str, func: check}\n')).toThrow(KwalifySchemaError);
  });

  test('an include of an unknown partial fails', () => {
    expect(() => schema('type: seq\nsequence:\n- include: nope\n')).toThrow(/unknown partial schema nope/);
  });

  test('a map rule needs a mapping or allowempty', () => {
    expect(() => schema('type: map\n')).toThrow(/needs a mapping/);
  });

  test('the vendored demisto-sdk schemas compile', () => {
    expect(() => ['integration.yml', 'playbook.yml', 'script.yml'].forEach(vendored)).not.toThrow();
  });
});

describe('kwalify subset: precise paths in the vendored schemas', () => {
  const command = (name: string) => ({ name, description: 'Does a thing.', arguments: [], outputs: [] });
  const integration = {
    commonfields: { id: 'X', version: -1 },
    name: 'X',
    display: 'X',
    category: 'Endpoint',
    description: 'X.',
    configuration: [{ name: 'url', type: 0, display: 'URL' }],
    script: {
      script: '-',
      type: 'javascript',
      commands: [command('a'), command('b'), command('c'), { ...command('d'), arguments: [{ description: 'An argument.' }] }],
    },
  };

  test('a missing argument name is reported as script.commands[3].arguments[0].name', () => {
    expect(validateAgainstSchema(integration, vendored('integration.yml'))).toEqual([
      {
        path: ['script', 'commands', 3, 'arguments', 0, 'name'],
        where: 'script.commands[3].arguments[0].name',
        message: 'required key is missing',
      },
    ]);
  });

  test('an enum violation deep in a playbook condition is located exactly', () => {
    const playbook = {
      id: 'P',
      version: -1,
      name: 'P',
      description: 'P.',
      starttaskid: '0',
      view: '{}',
      fromversion: '6.10.0',
      tasks: {
        '0': {
          id: '0',
          taskid: '0',
          type: 'start',
          view: '{}',
          continueonerrortype: 'never',
          task: { id: '0', version: -1, name: 's', description: '', iscommand: false, brand: '' },
        },
      },
    };
    expect(errorsOf(vendored('playbook.yml'), playbook)).toEqual([
      'tasks["0"].continueonerrortype: string "never" is not one of: "errorPath", ""',
    ]);
  });
});

describe('formatPath', () => {
  test.each([
    [[], '(root)'],
    [['script', 'commands', 3, 'arguments', 0, 'name'], 'script.commands[3].arguments[0].name'],
    [['tasks', '0', 'nexttasks', '#none#'], 'tasks["0"].nexttasks["#none#"]'],
    [['commonfields', 'id:xsoar'], 'commonfields.id:xsoar'],
    [['a b'], '["a b"]'],
  ])('%j -> %s', (segments, expected) => {
    expect(formatPath(segments)).toBe(expected);
  });
});

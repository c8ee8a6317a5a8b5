import { parseAdvancedFilter } from '../../simulator/query/advanced-filter';
import { uniqueCode, uniqueDigits } from '../../simulator/util/ids';
import { mulberry32 } from '../../simulator/util/prng';
import { isoMs, isValidUsDate, parseIsoMs } from '../../simulator/util/time';
import { validate, type OpenApiDocument } from './support/openapi-validator';

test('isoMs matches Date#toISOString across the calendar', () => {
  const random = mulberry32(5);
  const samples = [0, 951_782_400_000, 4_107_542_399_999, Date.parse('2024-02-29T23:59:59.999Z'), Date.parse('2100-03-01T00:00:00.000Z')];
  for (let i = 0; i < 2000; i++) samples.push(Math.floor(random() * 4_000_000_000_000));
  for (const ms of samples) expect(isoMs(ms)).toBe(new Date(ms).toISOString());
  expect(parseIsoMs('2025-03-10T12:00:00.000Z')).toBe(Date.parse('2025-03-10T12:00:00.000Z'));
  expect(parseIsoMs('2025-03-10T12:00:00Z')).toBeUndefined();
  expect(isValidUsDate('02/29/2024')).toBe(true);
  expect(isValidUsDate('02/29/2023')).toBe(false);
});

test('uniqueCode is a bijection (no collisions) and looks scrambled', () => {
  const codes = new Set<string>();
  for (let i = 0; i < 50_000; i++) codes.add(uniqueCode(i, 5, 42));
  expect(codes.size).toBe(50_000);
  const digits = new Set<string>();
  for (let i = 0; i < 20_000; i++) digits.add(uniqueDigits(i, 6, 3));
  expect(digits.size).toBe(20_000);
  expect(uniqueCode(1, 5, 42).slice(0, 3)).not.toBe(uniqueCode(2, 5, 42).slice(0, 3));
});

test('the advanced filter parser builds the expected tree', () => {
  expect(parseAdvancedFilter("a eq 'x' or b eq true and (c eq 1 or d eq 'it''s')")).toEqual({
    kind: 'or',
    left: { kind: 'condition', field: 'a', value: 'x' },
    right: {
      kind: 'and',
      left: { kind: 'condition', field: 'b', value: 'true' },
      right: { kind: 'or', left: { kind: 'condition', field: 'c', value: '1' }, right: { kind: 'condition', field: 'd', value: "it's" } },
    },
  });
});

describe('the OpenAPI subset validator', () => {
  const doc: OpenApiDocument = {
    paths: {},
    components: {
      schemas: {
        Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, n: { type: 'integer', minimum: 1 }, kind: { enum: ['A', 'B'], type: 'string' }, tags: { type: 'array', items: { type: 'string' }, maxItems: 2 }, note: { type: 'string', nullable: true } } },
        Either: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
      },
    },
  };
  const thing = { $ref: '#/components/schemas/Thing' };

  test('accepts valid values', () => {
    expect(validate({ id: 'x', n: 2, kind: 'A', tags: ['a'], note: null, extra: true }, thing, doc)).toEqual([]);
    expect(validate(3, { $ref: '#/components/schemas/Either' }, doc)).toEqual([]);
  });

  test('reports each kind of violation with its path', () => {
    expect(validate({ n: 1.5, kind: 'C', tags: ['a', 'b', 3] }, thing, doc)).toEqual([
      '$: missing required id',
      '$.n: expected integer, got number',
      '$.kind: "C" is not in enum ["A","B"]',
      '$.tags: more than 2 items',
      '$.tags[2]: expected string, got number',
    ]);
    expect(validate({ id: null }, thing, doc)).toEqual(['$.id: null is not allowed']);
    expect(validate(true, { $ref: '#/components/schemas/Either' }, doc)).toEqual(['$: matches 0 of oneOf (need exactly 1)']);
    expect(validate({}, { $ref: '#/components/schemas/Missing' }, doc)).toEqual(['$: unresolved #/components/schemas/Missing']);
  });
});

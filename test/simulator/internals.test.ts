import { parseAdvancedFilter } from '../../simulator/query/advanced-filter';
import { uniqueCode, uniqueDigits } from '../../simulator/util/ids';
import { mulberry32 } from '../../simulator/util/prng';
import { isoMs, isValidUsDate, parseIsoMs } from '../../simulator/util/time';
import { OpenApiResponses } from './support/openapi-ajv';

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

describe('the Ajv-backed OpenAPI response validator', () => {
  const thing = { $ref: '#/components/schemas/Thing' };
  const list = { type: 'object', properties: { data: { type: 'array', items: thing } } };
  const openapi = new OpenApiResponses({
    paths: {
      '/things': {
        get: {
          responses: {
            '200': { content: { 'application/json': { schema: list } } },
            '204': {},
          },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            n: { type: 'integer', format: 'int32', minimum: 1 },
            kind: { enum: ['A', 'B'], type: 'string' },
            at: { type: 'string', format: 'date-time' },
            tags: { type: 'array', items: { type: 'string' }, maxItems: 2 },
            note: { type: 'string', nullable: true },
            inner: { $ref: '#/components/schemas/Inner' },
          },
        },
        Inner: { type: 'object', properties: { x: { type: 'number', format: 'double' } } },
      },
    },
  });
  const uid = '8f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
  const route = 'GET /v3/things';

  test('accepts conforming bodies, resolving $refs and nullable', () => {
    const body = { data: [{ id: uid, n: 2, kind: 'A', at: '2025-03-10T12:00:00.000Z', tags: ['a'], note: null, inner: { x: 1.5 } }] };
    expect(openapi.errors(route, 200, body, JSON.stringify(body))).toEqual([]);
    expect(openapi.errors(route, 204, undefined, '')).toEqual([]);
  });

  test('reports types, formats, enums, limits and required members', () => {
    const wrong = { id: 'not-a-uuid', n: 2 ** 31, kind: 'C', at: '2025-02-30T00:00:00Z', tags: ['a', 'b', 3], inner: { x: 'y' } };
    const body = { data: [wrong, { n: 0 }] };
    const errors = openapi.errors(route, 200, body, JSON.stringify(body)).join('\n');
    for (const expected of [
      '/data/0/id must match format "uuid"',
      '/data/0/n must match format "int32"',
      '/data/0/kind must be equal to one of the allowed values',
      '/data/0/at must match format "date-time"',
      '/data/0/tags must NOT have more than 2 items',
      '/data/0/tags/2 must be string',
      '/data/0/inner/x must be number',
      "/data/1 must have required property 'id'",
      '/data/1/n must be >= 1',
    ]) {
      expect(errors).toContain(expected);
    }
    expect(openapi.errors(route, 204, undefined, '{}')).toEqual([expect.stringContaining('documents no JSON body')]);
    expect(() => openapi.errors(route, 500, {}, '{}')).toThrow(/does not document status 500/);
  });

  test('lists members the schema does not declare', () => {
    const body = {
      data: [
        { id: uid, extra: 1, inner: { x: 1, deeper: true } },
        { id: uid, extra: 2 },
      ],
      meta: {},
    };
    expect(openapi.errors(route, 200, body, JSON.stringify(body))).toEqual([]);
    expect(openapi.undocumentedMembers(route, 200, body)).toEqual(['data[].extra', 'data[].inner.deeper', 'meta']);
  });
});

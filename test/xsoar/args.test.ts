import { arg, ArgumentError, parseArgs, toList } from '../../Integrations/Absolute/src/xsoar/args';

describe('argument parsing', () => {
  const specs = {
    ids: arg.list({ required: true, maxItems: 3 }),
    limit: arg.number({ defaultValue: 50, min: 1, max: 500 }),
    flag: arg.boolean(),
    kind: arg.choice(['OnDemand', 'Scheduled', 'OffLine'] as const, { aliases: { Offline: 'OffLine' } }),
    name: arg.string({ maxLength: 5 }),
  };

  test('strings become numbers, lists and booleans; defaults apply', () => {
    expect(parseArgs(specs, { ids: 'a, b,,a', flag: 'false', kind: 'offline' })).toEqual({
      ids: ['a', 'b'],
      limit: 50,
      flag: false,
      kind: 'OffLine',
      name: undefined,
    });
    expect(parseArgs(specs, { ids: ['x'], limit: '7', flag: 'true', name: ' abc ' })).toMatchObject({ limit: 7, flag: true, name: 'abc' });
  });

  test('"false" is false (never the z.coerce.boolean trap)', () => {
    expect(parseArgs({ f: arg.boolean({ defaultValue: true }) }, { f: 'false' }).f).toBe(false);
    expect(parseArgs({ f: arg.boolean({ defaultValue: true }) }, {}).f).toBe(true);
  });

  test.each([
    [{}, 'ids', /at least one value is required/],
    [{ ids: 'a,b,c,d' }, 'ids', /at most 3 values/],
    [{ ids: 'a', limit: 'ten' }, 'limit', /whole number/],
    [{ ids: 'a', limit: '0' }, 'limit', /at least 1/],
    [{ ids: 'a', limit: '501' }, 'limit', /at most 500/],
    [{ ids: 'a', flag: 'maybe' }, 'flag', /true or false/],
    [{ ids: 'a', kind: 'Never' }, 'kind', /must be one of OnDemand, Scheduled, OffLine/],
    [{ ids: 'a', name: 'toolong' }, 'name', /at most 5 characters/],
    [{ ids: 'a', bogus: '1' }, 'bogus', /no such argument/],
  ])('%j → error naming %s', (raw, name, message) => {
    let error: unknown;
    try {
      parseArgs(specs, raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArgumentError);
    expect((error as ArgumentError).argument).toBe(name);
    expect((error as ArgumentError).message).toMatch(new RegExp(`^Invalid argument "${name}": `));
    expect((error as ArgumentError).message).toMatch(message);
  });

  test('platform system arguments are accepted and ignored', () => {
    expect(parseArgs({ a: arg.string() }, { a: 'x', using: 'Absolute_instance_1', 'execution-timeout': '60' })).toEqual({ a: 'x' });
  });

  test('argToList semantics', () => {
    expect(toList('["a","b"]')).toEqual(['a', 'b']);
    expect(toList(' a , b ')).toEqual(['a', 'b']);
    expect(toList('')).toEqual([]);
    expect(toList(undefined)).toEqual([]);
    expect(toList(['x', 'x', ' y'])).toEqual(['x', 'y']);
  });

  test('manifest metadata is derived from the specs', () => {
    expect(specs.limit.meta).toEqual({ required: false, isArray: false, defaultValue: '50' });
    expect(specs.ids.meta).toEqual({ required: true, isArray: true });
    expect(specs.kind.meta.predefined).toEqual(['OnDemand', 'Scheduled', 'OffLine']);
    expect(specs.flag.meta.predefined).toEqual(['true', 'false']);
  });
});

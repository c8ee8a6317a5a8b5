import { parsePath, readSegments } from '../../scripts/playbook/context-path';
import { ContextStore } from '../../scripts/playbook/context-store';
import { PlaybookError } from '../../scripts/playbook/errors';

const devices = [
  { Id: 'a', Name: 'LAPTOP-7', AgentStatus: 'A', Apps: ['x', 'y'] },
  { Id: 'b', Name: 'DESK-1', AgentStatus: 'I', Apps: ['z'] },
];

describe('context paths', () => {
  const ctx = { Absolute: { Device: devices, One: { Id: 'solo' } } };
  const read = (path: string) => readSegments(ctx, parsePath(path));

  test('dotted paths read through lists, flattening one level', () => {
    expect(read('Absolute.Device.Id')).toEqual(['a', 'b']);
    expect(read('Absolute.Device.Apps')).toEqual(['x', 'y', 'z']);
    expect(read('Absolute.Missing.Id')).toBeUndefined();
  });

  test('.[N] indexes lists; [0] of a single object is the object', () => {
    expect(read('Absolute.Device.[1].Name')).toBe('DESK-1');
    expect(read('Absolute.Device[0].Id')).toBe('a');
    expect(read('Absolute.One.[0].Id')).toBe('solo');
    expect(read('Absolute.One.[1]')).toBeUndefined();
  });

  test('key selectors filter items without eval', () => {
    expect(read("Absolute.Device(val.AgentStatus == 'A').Name")).toBe('LAPTOP-7');
    expect(read("Absolute.Device(val.AgentStatus != 'A' && val.Id).Id")).toBe('b');
    expect(read("Absolute.Device(val.Name == 'DESK-1' || val.Id == 'a').Id")).toEqual(['a', 'b']);
    expect(read("Absolute.Device(val.Name == 'nobody').Id")).toBeUndefined();
  });

  test.each([
    ['Absolute.Device.Id=val.toLowerCase()', /not supported/],
    ['Absolute.Device.[0:2]', /no slices/],
    ['Absolute.Device(val.Name.toLowerCase() == "x")', /method calls/],
    ['Absolute.Device(val.Id', /unbalanced/],
    ['Absolute..Id', /empty segment/],
  ])('unsupported path %s is an error, not a silent miss', (path, message) => {
    expect(() => parsePath(path)).toThrow(PlaybookError);
    expect(() => parsePath(path)).toThrow(message);
  });
});

describe('EntryContext merging', () => {
  test('val.K && val.K == obj.K updates the matching item and appends the others', () => {
    const store = new ContextStore();
    store.mergeEntryContext({ 'Absolute.Device(val.Id && val.Id == obj.Id)': [{ Id: 'a', Name: 'old' }, { Id: 'b' }] });
    const written = store.mergeEntryContext({ 'Absolute.Device(val.Id && val.Id == obj.Id)': [{ Id: 'a', Serial: 'S1' }, { Id: 'c' }] });
    expect(written).toEqual(['Absolute.Device']);
    expect(store.get('Absolute.Device')).toEqual([{ Id: 'a', Name: 'old', Serial: 'S1' }, { Id: 'b' }, { Id: 'c' }]);
  });

  test('several &&-joined keys must all match', () => {
    const store = new ContextStore();
    const key = 'DBotScore(val.Indicator && val.Indicator == obj.Indicator && val.Vendor == obj.Vendor)';
    store.mergeEntryContext({ [key]: { Indicator: '1.1.1.1', Vendor: 'A', Score: 1 } });
    store.mergeEntryContext({ [key]: { Indicator: '1.1.1.1', Vendor: 'B', Score: 2 } });
    store.mergeEntryContext({ [key]: { Indicator: '1.1.1.1', Vendor: 'A', Score: 3 } });
    expect(store.get('DBotScore')).toEqual([
      { Indicator: '1.1.1.1', Vendor: 'A', Score: 3 },
      { Indicator: '1.1.1.1', Vendor: 'B', Score: 2 },
    ]);
  });

  test('an item lacking the key never matches (val.K must be truthy)', () => {
    const store = new ContextStore();
    store.mergeEntryContext({ 'X(val.Id && val.Id == obj.Id)': { Name: 'no id' } });
    store.mergeEntryContext({ 'X(val.Id && val.Id == obj.Id)': { Name: 'no id either' } });
    expect(store.get('X.Name')).toEqual(['no id', 'no id either']);
  });

  test('Prefix(true) replaces; a plain prefix appends without duplicating', () => {
    const store = new ContextStore();
    store.mergeEntryContext({ 'Absolute.LocationReport': { ID: 'a', City: 'Paris' } });
    store.mergeEntryContext({ 'Absolute.LocationReport': { ID: 'a', City: 'Paris' } });
    expect(store.get('Absolute.LocationReport')).toEqual({ ID: 'a', City: 'Paris' });
    store.mergeEntryContext({ 'Absolute.LocationReport': { ID: 'b', City: 'Oslo' } });
    expect(store.get('Absolute.LocationReport.City')).toEqual(['Paris', 'Oslo']);
    store.mergeEntryContext({ 'Absolute.LocationReport(true)': { ID: 'c' } });
    expect(store.get('Absolute.LocationReport')).toEqual({ ID: 'c' });
  });

  test('a one-item list is stored as the item, as the platform shows it', () => {
    const store = new ContextStore();
    store.mergeEntryContext({ 'Absolute.Device(val.Id && val.Id == obj.Id)': [{ Id: 'a' }] });
    expect(store.snapshot()).toEqual({ Absolute: { Device: { Id: 'a' } } });
  });

  test('a selector outside the supported grammar is rejected', () => {
    const store = new ContextStore();
    expect(() => store.mergeEntryContext({ 'X(val.id.toString() == obj.id)': {} })).toThrow(/method calls are not supported/);
    expect(() => store.mergeEntryContext({ 'X(val.id > obj.id)': {} })).toThrow(/unsupported selector/);
  });

  test('Set, append and delete on dotted paths', () => {
    const store = new ContextStore();
    store.set('A.B', 'one', false);
    store.set('A.B', 'two', true);
    expect(store.get('A.B')).toEqual(['one', 'two']);
    store.set('A.B', 'three', false);
    expect(store.get('A.B')).toBe('three');
    store.delete('A.B');
    expect(store.snapshot()).toEqual({ A: {} });
    store.set('L', [1, 2], false);
    expect(() => store.set('L.x', 1, false)).toThrow(/holds a list/);
  });
});

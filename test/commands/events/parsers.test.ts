import { parseObjectProperties } from '../../../Integrations/Absolute/src/commands/events/object-properties';
import { Watermark, readState } from '../../../Integrations/Absolute/src/commands/events/watermark';
import { parseDate } from '../../../Integrations/Absolute/src/xsoar/dates';

describe('objectProperties parsing', () => {
  test('indexed triples become a list of changes, in index order', () => {
    expect(
      parseObjectProperties(
        'PropertyName[1]=Latitude;OldValue[1]=1.5;NewValue[1]=2.5;PropertyName[0]=City;OldValue[0]=Paris;NewValue[0]=Lyon;',
      ),
    ).toEqual([
      { property: 'City', oldValue: 'Paris', newValue: 'Lyon' },
      { property: 'Latitude', oldValue: '1.5', newValue: '2.5' },
    ]);
  });
  test('values may contain "=" and ";"; text before the first key and empty input are ignored', () => {
    const text = 'Junk=1;PropertyName[0]=BrowserAgent;NewValue[0]=a=b;Junk=1';
    expect(parseObjectProperties(text)).toEqual([{ property: 'BrowserAgent', newValue: 'a=b;Junk=1' }]);
    expect(parseObjectProperties(undefined)).toEqual([]);
    expect(parseObjectProperties('garbage')).toEqual([]);
  });
});

describe('watermark state', () => {
  test('reads the official lastRun shape and rejects junk', () => {
    expect(readState({ latest_events_time: '2025-01-02T01:00:00.000Z', latest_events_id: ['a', 1] })).toEqual({
      latest_events_time: '2025-01-02T01:00:00.000Z',
      latest_events_id: ['a'],
    });
    expect(readState({ latest_events_time: 'not a time' })).toBeUndefined();
    expect(readState(null)).toBeUndefined();
  });
  test('ids accumulate at one instant and reset when time moves on; older events never move it back', () => {
    const w = new Watermark(undefined);
    w.advance({ id: 'a', createdDateTimeUtc: '2025-01-02T01:00:00.000Z' });
    w.advance({ id: 'b', createdDateTimeUtc: '2025-01-02T01:00:00.000Z' });
    expect(w.state()).toEqual({ latest_events_time: '2025-01-02T01:00:00.000Z', latest_events_id: ['a', 'b'] });
    w.advance({ id: 'c', createdDateTimeUtc: '2025-01-02T01:00:00.001Z' });
    w.advance({ id: 'z', createdDateTimeUtc: '2025-01-01T00:00:00.000Z' });
    expect(w.state()).toEqual({ latest_events_time: '2025-01-02T01:00:00.001Z', latest_events_id: ['c'] });
    expect(w.isDuplicate({ id: 'c', createdDateTimeUtc: '2025-01-02T01:00:00.001Z' })).toBe(true);
    expect(w.isDuplicate({ id: 'c', createdDateTimeUtc: '2025-01-02T01:00:00.002Z' })).toBe(false);
  });
});

describe('date arguments', () => {
  const now = Date.parse('2025-01-02T15:00:00.000Z');
  test.each([
    ['now', now],
    ['one minute ago', now - 60_000],
    ['3 days', now - 3 * 86_400_000],
    ['2 hours ago', now - 7_200_000],
    ['2025-01-01T00:00:00Z', Date.parse('2025-01-01T00:00:00Z')],
    ['1735689600', 1735689600000],
    ['1735689600000', 1735689600000],
  ])('%s', (text, expected) => expect(parseDate(text, now)).toBe(expected));
  test.each(['', 'yesterday-ish', '2025-13-45'])('%j is not a date', (text) => expect(parseDate(text, now)).toBeUndefined());
});

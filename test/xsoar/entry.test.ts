import { contextKey, errorEntry, toEntry } from '../../Integrations/Absolute/src/xsoar/entry';
import { redact } from '../../Integrations/Absolute/src/absolute/redact';

describe('entries', () => {
  test('context keys use the platform merge selector', () => {
    expect(contextKey('Absolute.Device', 'Id')).toBe('Absolute.Device(val.Id && val.Id == obj.Id)');
    expect(contextKey('Absolute.DeviceUnenroll')).toBe('Absolute.DeviceUnenroll');
    expect(contextKey('X', ['A', 'B'])).toBe('X(val.A && val.A == obj.A && val.B && val.B == obj.B)');
  });

  test('a result becomes a note entry with raw contents, markdown and context', () => {
    const entry = toEntry({
      readable: '### T',
      raw: [{ deviceUid: '1' }],
      outputs: [{ prefix: 'Absolute.Device', keyField: 'Id', value: [{ Id: '1' }] }],
    });
    expect(entry).toEqual({
      Type: 1,
      ContentsFormat: 'json',
      Contents: [{ deviceUid: '1' }],
      HumanReadable: '### T',
      ReadableContentsFormat: 'markdown',
      EntryContext: { 'Absolute.Device(val.Id && val.Id == obj.Id)': [{ Id: '1' }] },
    });
  });

  test('polling fields are strings as the platform expects', () => {
    const entry = toEntry({ readable: 'waiting', polling: { command: 'c', nextRunSeconds: 30, args: { a: '1' }, timeoutSeconds: 600 } });
    expect(entry).toMatchObject({
      PollingCommand: 'c',
      NextRun: '30',
      PollingArgs: { a: '1' },
      Timeout: '600',
      Contents: 'waiting',
      ContentsFormat: 'text',
    });
  });

  test('error entries are type 4 text', () => {
    expect(errorEntry('boom')).toMatchObject({ Type: 4, ContentsFormat: 'text', Contents: 'boom' });
  });

  test('redact removes secrets and anything shaped like a compact JWS', () => {
    const jws = 'eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7fX0.szxYnuRrK1GlCUWu7rKp2VXobmmZXG3US92gnuYKrrA';
    expect(redact(`key=topsecretvalue token=${jws}`, ['topsecretvalue'])).toBe('key=[REDACTED] token=[REDACTED-JWS]');
  });
});

import { AbsoluteConfigError } from '../../Integrations/Absolute/src/absolute/errors';
import { resolveApiBase } from '../../Integrations/Absolute/src/absolute/regions';

describe('server URL → API host', () => {
  test.each([
    ['https://cc.absolute.com', 'https://api.absolute.com'],
    ['https://cc.absolute.com/', 'https://api.absolute.com'],
    ['https://api.absolute.com', 'https://api.absolute.com'],
    ['https://cc.us.absolute.com', 'https://api.us.absolute.com'],
    ['https://api.us.absolute.com/', 'https://api.us.absolute.com'],
    ['https://cc.eu2.absolute.com', 'https://api.eu2.absolute.com'],
    ['https://cc.fr1.absolutegov.com', 'https://api.fr1.absolutegov.com'],
    ['https://cc.in1.absolute.com/', 'https://api.in1.absolute.com'],
    ['https://CC.UK1.absolute.com', 'https://api.uk1.absolute.com'],
    [' https://cc.uk1.absolute.com ', 'https://api.uk1.absolute.com'],
  ])('%s → %s', (input, expected) => {
    expect(resolveApiBase(input).apiBase).toBe(expected);
  });

  test.each(['http://127.0.0.1:8443', 'http://localhost:9000/', 'https://127.0.0.1:1'])(
    'loopback %s is accepted as is (simulator)',
    (input) => {
      const resolved = resolveApiBase(input);
      expect(resolved.region).toBe('loopback');
      expect(resolved.apiBase).toBe(new URL(input).origin);
    },
  );

  // Official test_invalid_absolute_api_url cases, plus the traps the research found.
  test.each([
    'https://absolute.com',
    'absolute.com',
    'http://cc.absolute.com',
    'https://api.ca1.absolute.com',
    'https://api.us1.absolute.com',
    'https://api.eu.absolute.com',
    'https://cc.absolute.com.evil.example',
    'https://cc.absolute.com/some/path',
    'https://cc.absolute.com:8443',
    'https://user:pw@cc.absolute.com',
    'http://10.0.0.5',
    '',
  ])('%j is refused with the list of valid choices', (input) => {
    expect(() => resolveApiBase(input)).toThrow(AbsoluteConfigError);
    expect(() => resolveApiBase(input)).toThrow(
      /cc\.absolute\.com.*cc\.us\.absolute\.com.*cc\.eu2.*cc\.fr1\.absolutegov\.com.*cc\.in1.*cc\.uk1/,
    );
  });

  test('embedded credentials never appear in the error', () => {
    let thrown: unknown;
    try {
      resolveApiBase('https://user:hunter2@cc.absolute.com');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).not.toContain('hunter2');
  });
});

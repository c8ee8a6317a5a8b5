import fc from 'fast-check';

/**
 * Inputs an attacker or a sloppy playbook might send: path tricks, query and fragment delimiters,
 * OData/filter injection, quotes, CRLF, control characters, odd unicode, JSON-looking lists.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '../',
  '..',
  '.',
  '../../v3/reporting/devices',
  '..%2f..%2f',
  '%2e%2e%2f',
  '%2F',
  '/',
  '//',
  '\\..\\',
  '?',
  '?select=deviceUid',
  '&pageSize=1',
  '#',
  '#fragment',
  ';',
  '%00',
  '%',
  '%zz',
  "'",
  "''",
  "' or 1 eq 1",
  "x' or deviceName eq 'y",
  "') or (deviceName eq '",
  ' or 1 eq 1',
  "deviceName eq 'LAPTOP-7'",
  '"',
  '" or ""="',
  '\\',
  "\\'",
  '$filter=1',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '\r\n',
  'a\r\nX-Injected: 1',
  '\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u202e',
  '\ufeff',
  '\ud800',
  '🙂',
  'ä',
  'İ',
  'ﬀ',
  '',
  ' ',
  '   ',
  ',',
  ',,',
  ' , ',
  '[',
  ']',
  '[]',
  '["a","b"]',
  '[1,true," x "]',
  '{"a":1}',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e3',
  '0x10',
  '+5',
  ' 7 ',
  '1.5',
  '99999999999999999999',
  '-0',
];

export const hostileString: fc.Arbitrary<string> = fc.constantFrom(...HOSTILE_STRINGS);

/** Strings built from hostile pieces and arbitrary unicode, including very long ones. */
export const fuzzString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  {
    arbitrary: fc
      .array(fc.oneof(hostileString, fc.string({ maxLength: 6 })), { minLength: 2, maxLength: 5 })
      .map((parts) => parts.join('')),
    weight: 3,
  },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 12 }), weight: 1 },
  { arbitrary: fc.integer({ min: 4001, max: 12_000 }).map((n) => 'x'.repeat(n)), weight: 1 },
);

/** Values of the types the platform (or a playbook's context) may put in an argument. */
export function rawValue(good: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const text = fc.oneof({ arbitrary: good, weight: 3 }, { arbitrary: fuzzString, weight: 2 });
  return fc.oneof(
    { arbitrary: text, weight: 10 },
    { arbitrary: fc.array(text, { maxLength: 4 }).map((items) => items.join(',')), weight: 2 },
    { arbitrary: fc.array(text, { maxLength: 4 }), weight: 2 },
    { arbitrary: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.double()), weight: 1 },
    { arbitrary: fc.oneof(fc.object({ maxDepth: 1 }), fc.array(fc.object({ maxDepth: 0 }), { maxLength: 2 })), weight: 1 },
  );
}

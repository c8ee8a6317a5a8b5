import fc from 'fast-check';
import { FRAGMENT_MIN, redact, redactJson } from '../../Integrations/Absolute/src/absolute/redact';
import { fuzzParams } from '../fuzz/support/fuzz-config';
import { VARIANTS } from './support/credential-variants';
import { findLeaks } from './support/leaks';

/**
 * redact() by construction: whatever way a secret shows up (whole, JSON-escaped inside serialised
 * output, cut short, a PEM key re-wrapped), no run of FRAGMENT_MIN characters of it survives, a
 * compact JWS never survives, and redacted JSON still parses.
 */
const secretArb = fc
  .oneof(
    fc.constantFrom(...VARIANTS.map((v) => v.secret)),
    fc.string({ minLength: 12, maxLength: 80 }),
    fc.string({ unit: 'grapheme', minLength: 12, maxLength: 40 }),
    fc.string({ unit: 'binary-ascii', minLength: 12, maxLength: 40 }),
    fc
      .array(fc.constantFrom('"', '\\', '\n', '\t', 'u', '0', 'a', 'é', '☃', '\u2028', '/'), { minLength: 12, maxLength: 40 })
      .map((c) => c.join('')),
  )
  .filter((s) => s.length >= FRAGMENT_MIN);

/**
 * The secret as it might surface: whole, cut, re-wrapped. Cuts fall between code points: a cut
 * inside a surrogate pair leaves a half that JSON escapes as \uD8xx, one more unit than the bound.
 */
function appearances(secret: string): fc.Arbitrary<string> {
  const points = Array.from(secret);
  const n = points.length;
  return fc
    .oneof(
      fc.constant(secret),
      fc.tuple(fc.nat(n - 1), fc.integer({ min: 1, max: n })).map(([from, len]) => points.slice(from, from + len).join('')),
      fc.constant(secret.replace(/\n/g, ' ')),
      fc.constant(secret.replace(/\n/g, '\r\n')),
    )
    .filter((a) => a.length >= FRAGMENT_MIN);
}

test('no run of FRAGMENT_MIN characters of the secret survives, in text or in JSON', () => {
  fc.assert(
    fc.property(
      secretArb.chain((secret) =>
        fc.tuple(fc.constant(secret), appearances(secret), fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), fc.boolean()),
      ),
      ([secret, appearance, before, after, asJson]) => {
        const text = asJson
          ? JSON.stringify({ message: `${before}${appearance}${after}`, list: [appearance] })
          : `${before}${appearance}${after}`;
        const out = redact(text, [secret]);
        if (asJson) expect(() => JSON.parse(out) as unknown).not.toThrow();
        const decoded = asJson ? JSON.stringify(JSON.parse(out)) : out;
        // Fragments of the raw secret that the text around it happened to complete are allowed only below the bound.
        const probe = (t: string) => findLeaks(t, { tokenId: 'token-id', secret }).filter((l) => l !== 'a compact JWS');
        expect({
          out: probe(out),
          decoded: asJson
            ? probe(
                Object.values(JSON.parse(out) as Record<string, unknown>)
                  .flat()
                  .join('\n'),
              )
            : [],
        }).toEqual({ out: [], decoded: [] });
        expect(decoded.length).toBeGreaterThan(0);
      },
    ),
    fuzzParams(5),
  );
});

test('a compact JWS is masked wherever it appears', () => {
  const jws = 'eyJhbGciOiJIUzI1NiIsImtpZCI6IngifQ.e30.szxYnuRrK1GlCUWu7rKp2VXobmmZXG3US92gnuYKrrA';
  expect(redact(`token ${jws}, again:${jws}`, [])).toBe('token [REDACTED-JWS], again:[REDACTED-JWS]');
  expect(JSON.parse(redact(JSON.stringify({ a: jws }), []))).toEqual({ a: '[REDACTED-JWS]' });
});

test('text without secrets is left exactly as it was', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      fc.pre(!/eyJ/.test(text) && !text.includes(VARIANTS[0]?.secret.slice(0, 6) ?? '\u0000'));
      expect(redact(text, [VARIANTS[0]?.secret ?? 'x'.repeat(20)])).toBe(text);
    }),
    fuzzParams(),
  );
});

test('redactJson: a secret that matches JSON syntax is masked in strings only, and the result is valid JSON', () => {
  const value = { Eligible: true, note: 'is true here', count: 1234, list: [null, 'null'], ['true']: 'key' };
  const { value: out, text } = redactJson(value, ['true', 'null', '1234']);
  expect(out).toEqual({ Eligible: true, note: 'is [REDACTED] here', count: 1234, list: [null, '[REDACTED]'], '[REDACTED]': 'key' });
  expect(JSON.parse(text)).toEqual(out);
});

test('redactJson: when the one-pass text parses, it is what is returned', () => {
  const { value, text } = redactJson({ message: 'key sk-0123456789abcdefghij here' }, ['sk-0123456789abcdefghij']);
  expect(value).toEqual({ message: 'key [REDACTED] here' });
  expect(text).toBe('{"message":"key [REDACTED] here"}');
});

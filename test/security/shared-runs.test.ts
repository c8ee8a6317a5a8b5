import fc from 'fast-check';
import { FRAGMENT_MIN, redact } from '../../Integrations/Absolute/src/absolute/redact';
import { sharedRuns, type Span } from '../../Integrations/Absolute/src/absolute/shared-runs';
import { fuzzParams } from '../fuzz/support/fuzz-config';

/**
 * sharedRuns finds exactly the stretches of a text shared with the secret (checked against a
 * brute-force search), and stays linear where a window search was not: low-entropy secrets
 * (a password of 255 "x") against messages quoting thousands of the same character.
 */
function bruteForce(text: string, material: string, min: number): Span[] {
  const covered = new Array<boolean>(text.length).fill(false);
  for (let i = 0; i < text.length; i++) {
    for (let j = i + min; j <= text.length && material.includes(text.slice(i, j)); j++) covered.fill(true, i, j);
  }
  const spans: Span[] = [];
  covered.forEach((c, i) => {
    if (!c) return;
    const last = spans.at(-1);
    if (last && last[1] === i) last[1] = i + 1;
    else spans.push([i, i + 1]);
  });
  return spans;
}

test('the shared stretches are exactly those a brute-force search finds', () => {
  const small = (max: number) => fc.array(fc.constantFrom('a', 'b', 'c', '"', '\\'), { maxLength: max }).map((c) => c.join(''));
  fc.assert(
    fc.property(small(40), small(12), fc.integer({ min: 1, max: 5 }), (text, material, min) => {
      expect(sharedRuns(text, material, min)).toEqual(bruteForce(text, material, min));
    }),
    fuzzParams(5),
  );
});

test.each([
  [255, 4_000],
  [12_000, 60_000],
])('a secret of %i "x" in a message quoting %i of them is masked whole', (secretLength, quoted) => {
  const out = redact(`Invalid argument "device_names": ${JSON.stringify('x'.repeat(quoted))}; xxxx ok`, ['x'.repeat(secretLength)]);
  expect(out).toBe('Invalid argument "device_names": "[REDACTED]"; xxxx ok');
});

test(`a secret cut to its first ${FRAGMENT_MIN} characters is still masked`, () => {
  const secret = 'Qm9vdGxlZ2dlZC1zZWNyZXQta2V5LTAxMjM0NTY3ODk=';
  expect(redact(`server said: ${secret.slice(0, FRAGMENT_MIN)}`, [secret])).toBe('server said: [REDACTED]');
});

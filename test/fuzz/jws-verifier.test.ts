import fc from 'fast-check';
import { DEMO_CREDENTIALS, startSimulator, type RunningSimulator } from '../../simulator';
import { buildTokenRegistry } from '../../simulator/jws/token-registry';
import { verifyCompactJws } from '../../simulator/jws/verify-jws';
import { SUITE_CREDENTIALS, SUITE_TOKEN } from '../faults/support/credentials';
import { rawPost } from '../simulator/support/api-client';
import { fuzzParams, fuzzTimeoutMs } from './support/fuzz-config';
import { mutatedToken, sameBytes, validToken, type JwsFixture } from './support/jws-mutations';

/**
 * The simulator's JWS verifier against tampered tokens: bit flips, truncation, header swaps,
 * alg confusion (none/HS512/ES256), kid injection, absurd issuedAt, non-JSON headers. A tampered
 * token is never accepted, never crashes the verifier, and over HTTP always gets the documented 401.
 */
const NOW = Date.parse('2026-05-04T09:00:00.000Z');
const NOT_AUTHENTICATED = { code: 'NOT_AUTHENTICATED', message: 'not authenticated', details: [] };
const ES256_TOKEN = { tokenId: DEMO_CREDENTIALS.es256.tokenId, alg: 'ES256' as const, publicKeyPem: DEMO_CREDENTIALS.es256.publicKeyPem };
const fixture: JwsFixture = {
  tokenId: SUITE_CREDENTIALS.tokenId,
  secret: SUITE_CREDENTIALS.secret,
  nowMs: NOW,
  valid: validToken({ tokenId: SUITE_CREDENTIALS.tokenId, secret: SUITE_CREDENTIALS.secret, nowMs: NOW }),
};
const tokens = buildTokenRegistry([SUITE_TOKEN, ES256_TOKEN]);
const verify = (token: string) => verifyCompactJws(token, { tokens, nowMs: NOW, issuedAtWindowMs: 300_000 });

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ fleetSize: 5, now: () => NOW, rateLimitPerSecond: false, tokens: [SUITE_TOKEN, ES256_TOKEN] });
});
afterAll(() => sim.close());

test('the untampered token is accepted (the properties below would be vacuous otherwise)', async () => {
  expect(verify(fixture.valid).ok).toBe(true);
  expect((await rawPost(sim.url, fixture.valid)).status).toBe(200);
});

test('the verifier never accepts a tampered token and never throws', () => {
  fc.assert(
    fc.property(mutatedToken(fixture), ({ how, token }) => {
      if (token === fixture.valid || sameBytes(token, fixture.valid)) return;
      let accepted: boolean;
      try {
        accepted = verify(token).ok;
      } catch (error) {
        throw new Error(`${how}: the verifier threw ${String(error)}`, { cause: error });
      }
      expect({ how, accepted }).toEqual({ how, accepted: false });
    }),
    fuzzParams(5),
  );
});

test(
  'over HTTP a tampered token always gets 401 with the documented body, never a 500',
  async () => {
    await fc.assert(
      fc.asyncProperty(mutatedToken(fixture), async ({ how, token }) => {
        if (token === fixture.valid || sameBytes(token, fixture.valid)) return;
        const res = await rawPost(sim.url, token);
        expect({ how, status: res.status, body: res.json }).toEqual({ how, status: 401, body: NOT_AUTHENTICATED });
      }),
      fuzzParams(),
    );
  },
  fuzzTimeoutMs(),
);

// Known simulator gap (reported, not fixed here): base64url leaves 2 spare bits in the last
// character of a 32-byte HS256 signature, and the simulator decodes leniently, so three other
// spellings of the signature are accepted. A strict verifier re-encodes and compares.
test('a signature spelled with non-zero spare bits is rejected', () => {
  const last = fixture.valid.at(-1) ?? 'A';
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const index = alphabet.indexOf(last);
  const variant = fixture.valid.slice(0, -1) + (alphabet[(index & ~3) | ((index + 1) & 3)] ?? 'A');
  expect(variant).not.toBe(fixture.valid);
  expect(verify(variant).ok).toBe(false);
});

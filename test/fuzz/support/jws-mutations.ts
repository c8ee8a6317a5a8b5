import { createHmac, createPrivateKey, sign } from 'node:crypto';
import fc from 'fast-check';
import { DEMO_CREDENTIALS } from '../../../simulator';

/** The parts of a JWS the mutations work on. */
export interface JwsFixture {
  tokenId: string;
  secret: string;
  nowMs: number;
  /** A valid token for GET /v3/reporting/devices, signed with `secret`. */
  valid: string;
}

const b64 = (input: string | Buffer): string => Buffer.from(input).toString('base64url');

export function header(fx: JwsFixture, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    alg: 'HS256',
    kid: fx.tokenId,
    method: 'GET',
    'content-type': 'application/json',
    uri: '/v3/reporting/devices',
    'query-string': '',
    issuedAt: fx.nowMs,
    ...overrides,
  };
}

/** Signs `headerText.payloadText` as an attacker could: with the real secret, a guess, or nothing. */
export function signWith(headerText: string, payloadText: string, how: 'HS256' | 'HS512' | 'ES256' | 'none', secret: string): string {
  const input = `${b64(headerText)}.${b64(payloadText)}`;
  if (how === 'none') return `${input}.`;
  if (how === 'ES256')
    return `${input}.${sign('sha256', Buffer.from(input), { key: createPrivateKey(DEMO_CREDENTIALS.es256.privateKeyPem), dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
  return `${input}.${createHmac(how === 'HS256' ? 'sha256' : 'sha512', secret)
    .update(input)
    .digest('base64url')}`;
}

export function validToken(fx: Omit<JwsFixture, 'valid'>): string {
  return signWith(JSON.stringify(header({ ...fx, valid: '' })), '{}', 'HS256', fx.secret);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Ways to tamper with a token. Re-signed variants use the real secret, so only the tampered field
 * (alg, kid, issuedAt, header shape) can be the reason for a rejection.
 */
export function mutatedToken(fx: JwsFixture): fc.Arbitrary<{ how: string; token: string }> {
  const [h = '', p = '', s = ''] = fx.valid.split('.');
  const resigned = (how: string, overrides: Record<string, unknown>, alg: 'HS256' | 'HS512' | 'ES256' | 'none' = 'HS256') => ({
    how,
    token: signWith(JSON.stringify(header(fx, overrides)), '{}', alg, fx.secret),
  });
  const window = 300_000;
  return fc.oneof(
    fc.tuple(fc.nat(fx.valid.length - 1), fc.integer({ min: 0, max: 6 })).map(([i, bit]) => {
      const flipped = String.fromCharCode(fx.valid.charCodeAt(i) ^ (1 << bit));
      return { how: `bit ${bit} of char ${i} flipped`, token: fx.valid.slice(0, i) + flipped + fx.valid.slice(i + 1) };
    }),
    fc.tuple(fc.constantFrom(0, 1, 2), fc.nat(), fc.integer({ min: 0, max: 7 })).map(([part, at, bit]) => {
      const parts = [h, p, s];
      const bytes = Buffer.from(parts[part] ?? '', 'base64url');
      if (bytes.length > 0) bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ (1 << bit);
      parts[part] = bytes.toString('base64url');
      return { how: `bit ${bit} of byte ${at} of part ${part} flipped`, token: parts.join('.') };
    }),
    fc.nat(fx.valid.length - 1).map((n) => ({ how: `truncated to ${n} chars`, token: fx.valid.slice(0, n) })),
    fc.string({ minLength: 1, maxLength: 8 }).map((extra) => ({ how: `${JSON.stringify(extra)} appended`, token: fx.valid + extra })),
    fc
      .constantFrom('POST', 'DELETE')
      .map((method) => ({ how: `header of a ${method} swapped in`, token: `${b64(JSON.stringify(header(fx, { method })))}.${p}.${s}` })),
    fc
      .constantFrom('/v3/reporting/applications', '/v3/actions/requests/freeze', '/v3/reporting/devices/..')
      .map((uri) => ({ how: `header for ${uri} swapped in`, token: `${b64(JSON.stringify(header(fx, { uri })))}.${p}.${s}` })),
    fc
      .constantFrom('none', 'None', 'HS512', 'ES256', 'RS256', 'hs256', 'HS256 ', '', null)
      .map((alg) => resigned(`alg ${JSON.stringify(alg)}`, { alg }, alg === 'HS512' || alg === 'ES256' || alg === 'none' ? alg : 'HS256')),
    fc.constantFrom<'HS512' | 'ES256' | 'none'>('HS512', 'ES256', 'none').map((alg) => resigned(`claims HS256, signed ${alg}`, {}, alg)),
    fc
      .oneof(
        fc.constantFrom(
          '../kid',
          "' or 1 eq 1",
          '',
          null,
          123,
          [fx.tokenId],
          { kid: fx.tokenId },
          fx.tokenId.toUpperCase(),
          `${fx.tokenId}\u0000`,
          ` ${fx.tokenId}`,
          DEMO_CREDENTIALS.es256.tokenId,
          'x'.repeat(10_000),
        ),
        fc.string({ maxLength: 40 }),
      )
      .map((kid) => resigned(`kid ${JSON.stringify(kid).slice(0, 40)}`, { kid })),
    fc
      .oneof(
        fc.constantFrom(
          1e300,
          Number.MAX_SAFE_INTEGER,
          -1,
          0,
          -fx.nowMs,
          '9'.repeat(400),
          '1e3',
          '12abc',
          '',
          null,
          true,
          [fx.nowMs],
          fx.nowMs / 1000,
          fx.nowMs - window - 1,
          fx.nowMs + window + 1,
        ),
        fc.integer().filter((n) => Math.abs(n - fx.nowMs) > window),
      )
      .map((issuedAt) => resigned(`issuedAt ${JSON.stringify(issuedAt).slice(0, 40)}`, { issuedAt })),
    fc
      .constantFrom('not json', '[]', 'null', '1', '"HS256"', '{', '{"alg":"HS256"}', '\u0000')
      .map((text) => ({ how: `header ${JSON.stringify(text)}`, token: signWith(text, '{}', 'HS256', fx.secret) })),
    fc.constantFrom('method', 'uri', 'query-string', 'content-type', 'kid', 'alg', 'issuedAt').map((drop) => {
      const { [drop]: _dropped, ...rest } = header(fx);
      return { how: `header without ${drop}`, token: signWith(JSON.stringify(rest), '{}', 'HS256', fx.secret) };
    }),
    fc
      .constantFrom('', '.', '..', '...', `${h}.${p}`, `${h}.${p}.${s}.${s}`, `${h}..${s}`, ` ${fx.valid}x`, fx.valid.replace('.', '\n.'))
      .map((token) => ({ how: `shape ${JSON.stringify(token.slice(0, 12))}`, token })),
    fc
      .constantFrom('=', '+', '/', '!', ' ')
      .map((c) => ({ how: `signature with ${JSON.stringify(c)}`, token: `${h}.${p}.${s.slice(0, -1)}${c}` })),
    fc
      .nat(ALPHABET.length - 1)
      .map((i) => ({ how: `signature replaced by ${ALPHABET[i]}`, token: `${h}.${p}.${(ALPHABET[i] ?? 'A').repeat(43)}` })),
  );
}

/**
 * True when `token` carries exactly the header, payload and signature bytes of the valid token.
 * base64url leaves spare bits in the last character; a token differing only there is the same
 * token to a lenient decoder (see the `test.failing` about non-canonical encodings).
 */
export function sameBytes(token: string, valid: string): boolean {
  // Whitespace around the body is transport framing (a shell's trailing newline), not the token.
  const a = token.trim().split('.');
  const b = valid.split('.');
  if (a.length !== 3 || a[0] !== b[0] || a[1] !== b[1]) return false;
  if (!/^[A-Za-z0-9_-]*$/.test(a[2] ?? '!') || (a[2] ?? '').length !== (b[2] ?? '').length) return false;
  return Buffer.from(a[2] ?? '', 'base64url').equals(Buffer.from(b[2] ?? '', 'base64url'));
}

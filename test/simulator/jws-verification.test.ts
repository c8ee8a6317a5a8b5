import { buildTokenRegistry } from '../../simulator/jws/token-registry';
import { verifyCompactJws } from '../../simulator/jws/verify-jws';
import { DEMO_CREDENTIALS, startSimulator } from '../../simulator';
import { bodyOf, ES256_KEY, HS256_KEY, rawPost, startTestApi, T0, type ErrorBody, type Page, type TestApi } from './support/api-client';
import { b64url, signInput, signJws, signingInput } from './support/sign-jws';

const NOT_AUTHENTICATED = { code: 'NOT_AUTHENTICATED', message: 'not authenticated', details: [] };

/** TV-JWS-1, the official worked example (absolute-api.md §2.3). */
const TV1 = {
  tokenId: 'ce9778bf-exam-p1ec-afe3-91e9355603a3',
  secret: 'a1bdcd23e45fHn6JNxU/CulSiR7feComPEMcQp8k9bKFDfLE6v+//ROJcbVLaZ1qsaZpygsecretKeyExample==',
  issuedAt: 1638572152000,
  header:
    'eyJhbGciOiJIUzI1NiIsImtpZCI6ImNlOTc3OGJmLWV4YW0tcDFlYy1hZmUzLTkxZTkzNTU2MDNhMyIsIm1ldGhvZCI6IkdFVCIsImNvbnRlbnQtdHlwZSI6ImFwcGxpY2F0aW9uL2pzb24iLCJ1cmkiOiIvdjMvcmVwb3J0aW5nL2FwcGxpY2F0aW9ucyIsInF1ZXJ5LXN0cmluZyI6Im9yZGVyQnk9ZXNuJTJDZGV2aWNlTmFtZSUzQWRlc2MlMkNkZXZpY2VVaWQlM0Fhc2MiLCJpc3N1ZWRBdCI6MTYzODU3MjE1MjAwMH0',
  signature: 'szxYnuRrK1GlCUWu7rKp2VXobmmZXG3US92gnuYKrrA',
  decodedSecretSignature: '5t06jB_1zCFgudHZscFoUzCHoIW8Z9SF-Tdac4ZHOmc',
};
const tv1Tokens = buildTokenRegistry([{ tokenId: TV1.tokenId, alg: 'HS256', secret: TV1.secret }]);

describe('TV-JWS-1 through the verifier', () => {
  test('the official signature verifies, with the secret used as UTF-8 text', () => {
    const result = verifyCompactJws(`${TV1.header}.e30.${TV1.signature}`, {
      tokens: tv1Tokens,
      nowMs: TV1.issuedAt,
      issuedAtWindowMs: 300_000,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.header).toMatchObject({
      alg: 'HS256',
      kid: TV1.tokenId,
      method: 'GET',
      uri: '/v3/reporting/applications',
      queryString: 'orderBy=esn%2CdeviceName%3Adesc%2CdeviceUid%3Aasc',
      issuedAt: TV1.issuedAt,
    });
    expect(result.payload).toEqual({});
  });

  test('the signature made with the base64-decoded secret is rejected', () => {
    const result = verifyCompactJws(`${TV1.header}.e30.${TV1.decodedSecretSignature}`, {
      tokens: tv1Tokens,
      nowMs: TV1.issuedAt,
      issuedAtWindowMs: 300_000,
    });
    expect(result).toEqual({ ok: false, reason: 'bad signature' });
  });

  test('the test-local signer reproduces the vector byte for byte', () => {
    const header = {
      alg: 'HS256',
      kid: TV1.tokenId,
      method: 'GET',
      'content-type': 'application/json',
      uri: '/v3/reporting/applications',
      'query-string': 'orderBy=esn%2CdeviceName%3Adesc%2CdeviceUid%3Aasc',
      issuedAt: TV1.issuedAt,
    };
    const input = signingInput(header, '{}');
    expect(input).toBe(`${TV1.header}.e30`);
    expect(signInput(input, { tokenId: TV1.tokenId, alg: 'HS256', secret: TV1.secret })).toBe(TV1.signature);
  });

  test('over HTTP the vector authenticates (the unknown orderBy parameter then gives 400, not 401)', async () => {
    const sim = await startSimulator({
      fleetSize: 20,
      now: () => TV1.issuedAt,
      tokens: [{ tokenId: TV1.tokenId, alg: 'HS256', secret: TV1.secret }],
    });
    try {
      const res = await rawPost(sim.url, `${TV1.header}.e30.${TV1.signature}`);
      expect(res.status).toBe(400);
      expect(bodyOf<ErrorBody>(res).details[0]?.field).toBe('orderBy');
      const negative = await rawPost(sim.url, `${TV1.header}.e30.${TV1.decodedSecretSignature}`);
      expect(negative.status).toBe(401);
      expect(negative.json).toEqual(NOT_AUTHENTICATED);
    } finally {
      await sim.close();
    }
  });
});

describe('request verification over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ fleetSize: 30 });
  });
  afterAll(() => api.close());
  const devices = { method: 'GET', uri: '/v3/reporting/devices' };

  test('HS256 and ES256 demo tokens are accepted', async () => {
    expect((await api.call(devices, { key: HS256_KEY })).status).toBe(200);
    expect((await api.call(devices, { key: ES256_KEY })).status).toBe(200);
  });

  test('payload {"data":{}} is accepted for GET, and issuedAt may be a numeric string', async () => {
    expect((await api.call(devices, { overrides: { payloadText: '{"data":{}}' } })).status).toBe(200);
    expect((await api.call(devices, { overrides: { issuedAt: String(T0) } })).status).toBe(200);
  });

  test.each([
    [
      'a tampered signature',
      () => {
        const [h, p, s = ''] = signJws(devices, HS256_KEY, T0).split('.');
        return `${h}.${p}.${s.slice(0, 10)}${s[10] === 'A' ? 'B' : 'A'}${s.slice(11)}`;
      },
    ],
    [
      'a tampered payload',
      () => {
        const [h, , s] = signJws(devices, HS256_KEY, T0).split('.');
        return `${h}.${b64url('{"data":{"x":1}}')}.${s}`;
      },
    ],
    ['an unknown kid', () => signJws(devices, { ...HS256_KEY, tokenId: '00000000-0000-4000-8000-000000000000' }, T0)],
    ['HS256 claimed for the ES256 token', () => signJws(devices, { tokenId: ES256_KEY.tokenId, alg: 'HS256', secret: 'guess' }, T0)],
    [
      'ES256 claimed for the HS256 token',
      () => signJws(devices, { tokenId: HS256_KEY.tokenId, alg: 'ES256', privateKeyPem: DEMO_CREDENTIALS.es256.privateKeyPem }, T0),
    ],
    ['alg none', () => signJws(devices, HS256_KEY, T0, { alg: 'none' })],
    ['a stale issuedAt (window + 1 ms in the past)', () => signJws(devices, HS256_KEY, T0 - 300_001)],
    ['a future issuedAt (window + 1 ms ahead)', () => signJws(devices, HS256_KEY, T0 + 300_001)],
    [
      'a missing uri',
      () =>
        signJws(devices, HS256_KEY, T0, {
          header: {
            alg: 'HS256',
            kid: HS256_KEY.tokenId,
            method: 'GET',
            'content-type': 'application/json',
            'query-string': '',
            issuedAt: T0,
          },
        }),
    ],
    [
      'a DER-encoded ES256 signature',
      () => {
        const jws = signJws(devices, ES256_KEY, T0);
        return `${jws.split('.').slice(0, 2).join('.')}.${b64url(Buffer.alloc(70, 1))}`;
      },
    ],
    ['two parts only', () => signJws(devices, HS256_KEY, T0).split('.').slice(0, 2).join('.')],
    ['non-base64url characters', () => `${signJws(devices, HS256_KEY, T0)}!`],
  ])('%s is rejected with the 401 body', async (_name, build) => {
    const res = await rawPost(api.sim.url, build());
    expect(res.status).toBe(401);
    expect(res.json).toEqual(NOT_AUTHENTICATED);
  });

  test('issuedAt exactly at the window edge is accepted', async () => {
    expect((await rawPost(api.sim.url, signJws(devices, HS256_KEY, T0 - 300_000))).status).toBe(200);
    expect((await rawPost(api.sim.url, signJws(devices, HS256_KEY, T0 + 300_000))).status).toBe(200);
  });

  test('transport errors: unknown path 404, wrong method 405, wrong content type 400', async () => {
    const jws = signJws(devices, HS256_KEY, T0);
    const unknownPath = await rawPost(api.sim.url, jws, { path: '/v3/reporting/devices' });
    expect(unknownPath.status).toBe(404);
    expect(bodyOf<ErrorBody>(unknownPath).code).toBe('RESOURCE_NOT_FOUND');
    const wrongMethod = await rawPost(api.sim.url, jws, { method: 'PUT' });
    expect(wrongMethod.status).toBe(405);
    expect(bodyOf<ErrorBody>(wrongMethod).code).toBe('INVALID_REQUEST');
    const json = await rawPost(api.sim.url, jws, { contentType: 'application/json' });
    expect(json.status).toBe(400);
    expect(bodyOf<ErrorBody>(json).details[0]?.field).toBe('Content-Type');
    expect((await rawPost(api.sim.url, jws, { contentType: 'text/plain; charset=utf-8' })).status).toBe(200);
  });

  test('logical routing: unknown uri 404, wrong logical method 405, uri outside /v3 400', async () => {
    expect((await api.call({ method: 'GET', uri: '/v3/reporting/nothing' })).status).toBe(404);
    const wrong = await api.call({ method: 'DELETE', uri: '/v3/reporting/devices' });
    expect(wrong.status).toBe(405);
    const outside = await api.call({ method: 'GET', uri: '/v2/reporting/devices' });
    expect(outside.status).toBe(400);
    expect(bodyOf<ErrorBody>(outside).details[0]?.field).toBe('uri');
  });

  test('query-string is form-decoded: + is a space and percent escapes are decoded', async () => {
    api.sim.state.overrideDevice(api.sim.state.device(3)?.deviceUid ?? '', { username: 'ACME CORP\\pat smith' });
    const plus = await api.call({ method: 'GET', uri: '/v3/reporting/devices', query: 'username=ACME+CORP%5Cpat+smith&select=username' });
    expect(bodyOf<Page>(plus).data).toEqual([{ username: 'ACME CORP\\pat smith' }]);
  });
});

import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { base64url } from '../../Integrations/Absolute/src/absolute/jws/base64url';
import { buildJoseHeader } from '../../Integrations/Absolute/src/absolute/jws/header';
import { buildPayload } from '../../Integrations/Absolute/src/absolute/jws/payload';
import { isPemPrivateKey } from '../../Integrations/Absolute/src/absolute/jws/sign-es256';
import { signHs256 } from '../../Integrations/Absolute/src/absolute/jws/sign-hs256';
import { signingKeyFromSecret, signRequest } from '../../Integrations/Absolute/src/absolute/jws/sign-request';

// TV-JWS-1: Absolute's own published example (absolute-api.md §2.3).
const TV = {
  tokenId: 'ce9778bf-exam-p1ec-afe3-91e9355603a3',
  secret: 'a1bdcd23e45fHn6JNxU/CulSiR7feComPEMcQp8k9bKFDfLE6v+//ROJcbVLaZ1qsaZpygsecretKeyExample==',
  issuedAt: 1638572152000,
  request: { method: 'GET' as const, uri: '/v3/reporting/applications', queryString: 'orderBy=esn%2CdeviceName%3Adesc%2CdeviceUid%3Aasc' },
  header:
    'eyJhbGciOiJIUzI1NiIsImtpZCI6ImNlOTc3OGJmLWV4YW0tcDFlYy1hZmUzLTkxZTkzNTU2MDNhMyIsIm1ldGhvZCI6IkdFVCIsImNvbnRlbnQtdHlwZSI6ImFwcGxpY2F0aW9uL2pzb24iLCJ1cmkiOiIvdjMvcmVwb3J0aW5nL2FwcGxpY2F0aW9ucyIsInF1ZXJ5LXN0cmluZyI6Im9yZGVyQnk9ZXNuJTJDZGV2aWNlTmFtZSUzQWRlc2MlMkNkZXZpY2VVaWQlM0Fhc2MiLCJpc3N1ZWRBdCI6MTYzODU3MjE1MjAwMH0',
  signature: 'szxYnuRrK1GlCUWu7rKp2VXobmmZXG3US92gnuYKrrA',
  signatureWithDecodedSecret: '5t06jB_1zCFgudHZscFoUzCHoIW8Z9SF-Tdac4ZHOmc',
};

describe('JWS signing (API v3)', () => {
  test('TV-JWS-1: the protected header matches the official example byte for byte', () => {
    const header = buildJoseHeader('HS256', TV.tokenId, TV.request, TV.issuedAt);
    expect(base64url(JSON.stringify(header))).toBe(TV.header);
  });

  test('TV-JWS-1: HS256 with the secret as UTF-8 text gives the official signature', () => {
    expect(signHs256(`${TV.header}.e30`, TV.secret)).toBe(TV.signature);
  });

  test('TV-JWS-1 negative: the base64-decoded secret does NOT give the official signature', () => {
    const decoded = Buffer.from(TV.secret, 'base64').toString('latin1');
    const wrong = signHs256(`${TV.header}.e30`, decoded);
    expect(wrong).not.toBe(TV.signature);
  });

  test('payload wraps the body in data, and an absent body as an empty object', () => {
    expect(buildPayload(undefined)).toBe('{"data":{}}');
    expect(buildPayload({ test: 'test' })).toBe('{"data":{"test":"test"}}');
    expect(buildPayload([{ cdfUid: 'a' }])).toBe('{"data":[{"cdfUid":"a"}]}');
  });

  test('signRequest produces header.payload.signature verifiable with the same secret', () => {
    const jws = signRequest(TV.request, undefined, TV.tokenId, signingKeyFromSecret(TV.secret), TV.issuedAt);
    const [h, p, s] = jws.split('.');
    expect(h).toBe(TV.header);
    expect(Buffer.from(p ?? '', 'base64url').toString()).toBe('{"data":{}}');
    expect(s).toBe(signHs256(`${h}.${p}`, TV.secret));
  });

  test('ES256: a PEM private key selects ES256 and yields a 64-byte JOSE signature the public key verifies', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(isPemPrivateKey(pem)).toBe(true);
    const jws = signRequest(
      { method: 'POST', uri: '/v3/actions/requests/freeze', queryString: '' },
      { a: 1 },
      'tok',
      signingKeyFromSecret(pem),
      1,
    );
    const [h, p, s] = jws.split('.') as [string, string, string];
    expect(JSON.parse(Buffer.from(h, 'base64url').toString())).toMatchObject({ alg: 'ES256', kid: 'tok', method: 'POST', issuedAt: 1 });
    const signature = Buffer.from(s, 'base64url');
    expect(signature).toHaveLength(64);
    expect(
      verify(
        'sha256',
        Buffer.from(`${h}.${p}`),
        { key: createPublicKey(publicKey.export({ type: 'spki', format: 'pem' })), dsaEncoding: 'ieee-p1363' },
        signature,
      ),
    ).toBe(true);
  });

  test('ES256: a PEM pasted with literal \\n or collapsed whitespace still loads', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(signingKeyFromSecret(pem.replace(/\n/g, '\\n')).alg).toBe('ES256');
    expect(signingKeyFromSecret(pem.replace(/\n/g, ' ')).alg).toBe('ES256');
  });

  test('ES256: a non-P-256 key is refused with a clear message', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => signingKeyFromSecret(pem)).toThrow(/P-256/);
  });
});

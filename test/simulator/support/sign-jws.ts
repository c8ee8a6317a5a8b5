import { createHmac, createPrivateKey, sign } from 'node:crypto';

/**
 * A test-local JWS signer written from the Absolute doc (absolute-api.md §2.3), deliberately not the
 * integration's signer: the simulator's tests must catch a bug on either side.
 */
export interface JwsRequest {
  method: string;
  uri: string;
  /** Already-encoded query string, or pairs to encode (arrays repeat the key). */
  query?: string | Record<string, string | number | boolean | readonly string[]>;
  /** Wrapped as `{"data": body}`; omitted means the payload `{}`. */
  body?: unknown;
}

export interface SigningKey {
  tokenId: string;
  alg: 'HS256' | 'ES256';
  secret?: string;
  privateKeyPem?: string;
}

export interface SignOverrides {
  issuedAt?: number | string;
  /** Replaces the header wholesale (for malformed-header tests). */
  header?: Record<string, unknown>;
  /** Replaces the payload JSON text. */
  payloadText?: string;
  alg?: string;
}

export function b64url(input: string | Buffer): string {
  return Buffer.from(input).toString('base64url');
}

export function encodeQuery(query: JwsRequest['query']): string {
  if (query === undefined) return '';
  if (typeof query === 'string') return query;
  const parts: string[] = [];
  for (const [key, raw] of Object.entries(query)) {
    const values = typeof raw === 'object' ? raw : [String(raw)];
    for (const value of values) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  }
  return parts.join('&');
}

export function signingInput(header: Record<string, unknown>, payloadText: string): string {
  return `${b64url(JSON.stringify(header))}.${b64url(payloadText)}`;
}

export function signInput(input: string, key: SigningKey): string {
  if (key.alg === 'HS256')
    return createHmac('sha256', Buffer.from(key.secret ?? '', 'utf8'))
      .update(input)
      .digest('base64url');
  const privateKey = createPrivateKey(key.privateKeyPem ?? '');
  return sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
}

export function signJws(request: JwsRequest, key: SigningKey, issuedAt: number, overrides: SignOverrides = {}): string {
  const header = overrides.header ?? {
    alg: overrides.alg ?? key.alg,
    kid: key.tokenId,
    method: request.method,
    'content-type': 'application/json',
    uri: request.uri,
    'query-string': encodeQuery(request.query),
    issuedAt: overrides.issuedAt ?? issuedAt,
  };
  const payloadText = overrides.payloadText ?? (request.body === undefined ? '{}' : JSON.stringify({ data: request.body }));
  const input = signingInput(header, payloadText);
  return `${input}.${signInput(input, key)}`;
}

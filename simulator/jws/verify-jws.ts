import { createHmac, timingSafeEqual, verify } from 'node:crypto';
import { decodeBase64url } from './base64url';
import type { ResolvedToken, TokenRegistry } from './token-registry';

export type LogicalMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** The JOSE header members Absolute requires, after validation. */
export interface VerifiedHeader {
  alg: 'HS256' | 'ES256';
  kid: string;
  method: LogicalMethod;
  contentType: string;
  uri: string;
  queryString: string;
  issuedAt: number;
}

export type JwsVerification =
  | { ok: true; header: VerifiedHeader; payload: unknown; token: ResolvedToken }
  /** `reason` is for the simulator's debug header and logs; the client only ever sees the 401 body. */
  | { ok: false; reason: string };

export interface VerifyOptions {
  tokens: TokenRegistry;
  nowMs: number;
  issuedAtWindowMs: number;
}

const METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];

/** Verifies a compact JWS the way the `/jws/validate` endpoint is documented to (absolute-api.md §2.3). */
export function verifyCompactJws(compact: string, options: VerifyOptions): JwsVerification {
  const parts = compact.trim().split('.');
  if (parts.length !== 3) return fail('not a compact JWS (need three dot-separated parts)');
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];

  const header = parseJsonPart(headerPart);
  if (!isRecord(header)) return fail('header is not base64url JSON object');
  const checked = checkHeader(header);
  if (typeof checked === 'string') return fail(checked);

  const token = options.tokens.get(checked.kid);
  if (!token) return fail('unknown kid');
  if (token.alg !== checked.alg) return fail(`alg ${checked.alg} does not match the token type ${token.alg}`);

  const signature = decodeBase64url(signaturePart);
  if (!signature) return fail('signature is not base64url');
  if (!signatureMatches(token, `${headerPart}.${payloadPart}`, signature)) return fail('bad signature');

  if (Math.abs(options.nowMs - checked.issuedAt) > options.issuedAtWindowMs) return fail('issuedAt outside the accepted window');

  const payload = parseJsonPart(payloadPart);
  if (payload === undefined) return fail('payload is not base64url JSON');
  return { ok: true, header: checked, payload, token };
}

function signatureMatches(token: ResolvedToken, signingInput: string, signature: Buffer): boolean {
  const input = Buffer.from(signingInput, 'ascii');
  if (token.alg === 'HS256' && token.secret) {
    const expected = createHmac('sha256', token.secret).update(input).digest();
    return expected.length === signature.length && timingSafeEqual(expected, signature);
  }
  if (token.alg === 'ES256' && token.publicKey) {
    // JOSE ES256 is raw r||s (64 bytes); a DER signature is a client bug and must fail.
    if (signature.length !== 64) return false;
    return verify('sha256', input, { key: token.publicKey, dsaEncoding: 'ieee-p1363' }, signature);
  }
  return false;
}

function checkHeader(header: Record<string, unknown>): VerifiedHeader | string {
  const { alg, kid, method, uri } = header;
  const contentType = header['content-type'];
  const queryString = header['query-string'];
  if (alg !== 'HS256' && alg !== 'ES256') return 'alg must be HS256 or ES256';
  if (typeof kid !== 'string' || kid === '') return 'kid missing';
  if (typeof method !== 'string' || !METHODS.includes(method)) return 'method missing or not an uppercase HTTP method';
  if (typeof contentType !== 'string') return 'content-type missing';
  if (typeof uri !== 'string' || uri === '') return 'uri missing';
  if (typeof queryString !== 'string') return 'query-string missing';
  const issuedAt = parseIssuedAt(header['issuedAt']);
  if (issuedAt === undefined) return 'issuedAt missing or not epoch milliseconds';
  return { alg, kid, method: method as LogicalMethod, contentType, uri, queryString, issuedAt };
}

/** The official Bash sample sends issuedAt as a JSON string, the others as a number. */
function parseIssuedAt(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return undefined;
}

function parseJsonPart(part: string): unknown {
  const bytes = decodeBase64url(part);
  if (!bytes) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(reason: string): JwsVerification {
  return { ok: false, reason };
}

import type { KeyObject } from 'node:crypto';
import { base64url } from './base64url';
import { buildJoseHeader, type SignedRequestParts } from './header';
import { buildPayload } from './payload';
import { isPemPrivateKey, loadEcPrivateKey, signEs256 } from './sign-es256';
import { signHs256 } from './sign-hs256';

/** A ready-to-use signing key: symmetric secret (HS256) or EC private key (ES256). */
export type SigningKey = { alg: 'HS256'; secret: string } | { alg: 'ES256'; key: KeyObject };

export function signingKeyFromSecret(secret: string): SigningKey {
  return isPemPrivateKey(secret) ? { alg: 'ES256', key: loadEcPrivateKey(secret) } : { alg: 'HS256', secret };
}

/** Produces the compact JWS `header.payload.signature` that is POSTed to `/jws/validate`. */
export function signRequest(
  request: SignedRequestParts,
  body: unknown,
  tokenId: string,
  signingKey: SigningKey,
  issuedAtMs: number,
): string {
  const header = buildJoseHeader(signingKey.alg, tokenId, request, issuedAtMs);
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(buildPayload(body))}`;
  const signature = signingKey.alg === 'HS256' ? signHs256(signingInput, signingKey.secret) : signEs256(signingInput, signingKey.key);
  return `${signingInput}.${signature}`;
}

import { createHmac } from 'node:crypto';
import { base64url } from './base64url';

/**
 * HMAC-SHA-256 over the signing input. The Secret Key is used as UTF-8 text: it looks like base64
 * but decoding it gives a different (wrong) key; TV-JWS-1 proves which one Absolute uses.
 */
export function signHs256(signingInput: string, secretKey: string): string {
  return base64url(createHmac('sha256', Buffer.from(secretKey, 'utf8')).update(signingInput, 'ascii').digest());
}

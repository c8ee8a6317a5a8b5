import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { base64url } from './base64url';

/** True when the configured secret is a PEM private key, i.e. the token is an asymmetric (ES256) one. */
export function isPemPrivateKey(secret: string): boolean {
  return /-----BEGIN (?:EC |ENCRYPTED )?PRIVATE KEY-----/.test(secret);
}

export function loadEcPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey({ key: normalisePem(pem), format: 'pem' });
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (key.asymmetricKeyType !== 'ec' || (curve !== 'prime256v1' && curve !== 'P-256')) {
    throw new Error('The private key must be an EC P-256 key to sign ES256 requests.');
  }
  return key;
}

/** ECDSA P-256 / SHA-256 with the JOSE signature encoding (raw r||s, 64 bytes), not DER. */
export function signEs256(signingInput: string, key: KeyObject): string {
  return base64url(sign('sha256', Buffer.from(signingInput, 'ascii'), { key, dsaEncoding: 'ieee-p1363' }));
}

/** Platform text fields often turn PEM newlines into spaces or literal `\n`; restore them. */
function normalisePem(pem: string): string {
  const text = pem.trim().replace(/\\n/g, '\n');
  const match = /^(-----BEGIN [A-Z ]+-----)([\s\S]*?)(-----END [A-Z ]+-----)$/.exec(text);
  if (!match) return text;
  const body = (match[2] ?? '').replace(/\s+/g, '');
  const lines = body.match(/.{1,64}/g) ?? [];
  return `${match[1]}\n${lines.join('\n')}\n${match[3]}\n`;
}

/** Base64url without padding, as JWS compact serialization requires (RFC 7515 §2). */
export function base64url(input: string | Uint8Array): string {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input);
  return bytes.toString('base64url');
}

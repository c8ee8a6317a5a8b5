const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Strict base64url decoding: Node's decoder silently skips invalid characters, a server must not. */
export function decodeBase64url(text: string): Buffer | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  return Buffer.from(text, 'base64url');
}

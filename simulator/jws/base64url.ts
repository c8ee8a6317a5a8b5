const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Strict base64url decoding: Node's decoder silently skips invalid characters and ignores the
 * spare bits of the last character, so one signature would have several accepted spellings. A
 * server must accept only the canonical one: the text must re-encode to itself.
 */
export function decodeBase64url(text: string): Buffer | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

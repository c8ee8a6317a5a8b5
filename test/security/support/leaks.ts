/**
 * Searches text that left the integration (stdout JSON, log/stderr lines, error messages) for
 * credentials. Deliberately stricter than the runtime's own `redact`: it also looks for fragments
 * of the secret and for a JWS of any length, so a leak cannot hide behind a partial match.
 */
import { FRAGMENT_MIN } from '../../../Integrations/Absolute/src/absolute/redact';

export interface Credentials {
  tokenId: string;
  /** HS256 secret text or a PEM private key. */
  secret: string;
}

/** A compact JWS of any shape (header.payload.signature), even one `redact` would not recognise. */
const COMPACT_JWS = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{8,}/;
/**
 * Fragments this long count as a leak: the runtime's redaction masks every run of the secret of
 * FRAGMENT_MIN characters or more (a shorter piece says little about a 64-byte key).
 */
const FRAGMENT = FRAGMENT_MIN;

export function secretFragments(secret: string): string[] {
  // A PEM key may leak re-wrapped (newlines, spaces or a literal "\n" between lines); its base64
  // body is what identifies it.
  const material = secret.includes('-----BEGIN') ? secret.replace(/-----[A-Z ]+-----/g, '').replace(/\\n|\s+/g, '') : secret;
  const out = new Set<string>([material]);
  for (let i = 0; i + FRAGMENT <= material.length; i += 1) out.add(material.slice(i, i + FRAGMENT));
  return [...out];
}

/** Human-readable descriptions of every leak found in `text`; empty when clean. */
export function findLeaks(text: string, credentials: Credentials): string[] {
  const leaks: string[] = [];
  if (text.includes(credentials.secret)) leaks.push('the whole secret');
  const fragment = secretFragments(credentials.secret).find((f) => text.includes(f));
  if (fragment !== undefined) leaks.push(`a fragment of the secret (${fragment.length} chars)`);
  if (text.includes(`${credentials.tokenId}:`) || text.includes(`${credentials.tokenId}.`))
    leaks.push('the token id joined to another credential');
  if (COMPACT_JWS.test(text)) leaks.push('a compact JWS');
  return leaks;
}

/**
 * Every text a runner output holds: its JSON (as stdout carries it) and each string inside it,
 * decoded, since a secret with a quote or backslash looks different once JSON-escaped.
 */
export function outputTexts(value: unknown): string[] {
  // JSON.stringify gives undefined for undefined, which its type does not say.
  const json = JSON.stringify(value) as string | undefined;
  const out: string[] = [json ?? ''];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        out.push(key);
        walk(child);
      }
    }
  };
  walk(value);
  return out;
}

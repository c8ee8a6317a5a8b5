import { sharedRuns, type Span } from './shared-runs';

/** Runs of the secret at least this long are masked wherever they appear; a shorter secret only whole. */
export const FRAGMENT_MIN = 12;

/**
 * Removes every occurrence of the given secrets (and anything that looks like a compact JWS) from
 * a text. Used on every string that leaves the process, so a leak needs two mistakes, not one.
 *
 * A secret can surface other than whole: JSON-escaped (the runtime redacts serialised output,
 * where a quote or backslash in it is escaped), re-wrapped (a PEM key on one line or with other
 * line breaks), or cut short (a server's message is truncated to 500 characters). So besides the
 * whole secret, every run of at least FRAGMENT_MIN characters that also occurs in one of those
 * forms is masked. A mask never splits a JSON escape, so redacted JSON still parses.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const form of spellings(secret)) {
      out = mask(out, form.length >= FRAGMENT_MIN ? sharedRuns(out, form, FRAGMENT_MIN) : occurrences(out, form));
    }
  }
  return out.replace(/eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{16,}/g, '[REDACTED-JWS]');
}

/**
 * Redacts a JSON value through its serialised text in one pass. A mask can fall outside a JSON
 * string only when a secret matches JSON syntax (a short secret such as `true` or `1234`); that
 * text would not parse, so the value is then redacted string by string, which is always valid JSON.
 */
export function redactJson<T>(value: T, secrets: readonly string[]): { value: T; text: string } {
  const text = JSON.stringify(value);
  const clean = redact(text, secrets);
  if (clean === text) return { value, text };
  try {
    return { value: JSON.parse(clean) as T, text: clean };
  } catch {
    const each = redactStrings(value, secrets) as T;
    return { value: each, text: JSON.stringify(each) };
  }
}

function redactStrings(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactStrings(v, secrets));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k, secrets), redactStrings(v, secrets)]));
}

/** The spellings a secret may take in text: as is, JSON-escaped, and a PEM key's base64 body. */
function spellings(secret: string): string[] {
  const forms = [secret, JSON.stringify(secret).slice(1, -1)];
  if (secret.includes('-----BEGIN')) forms.push(secret.replace(/-----[A-Z ]+-----/g, '').replace(/\\n|\s+/g, ''));
  return [...new Set(forms)].filter((f) => f.length >= 4);
}

function occurrences(text: string, form: string): Span[] {
  const spans: Span[] = [];
  for (let p = text.indexOf(form); p !== -1; p = text.indexOf(form, p + 1)) spans.push([p, p + form.length]);
  return spans;
}

function mask(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans.flatMap((s) => insideStrings(text, whole(text, s))).sort((a, b) => a[0] - b[0])) {
    if (span[1] <= at) continue;
    out += `${text.slice(at, Math.max(at, span[0]))}[REDACTED]`;
    at = span[1];
  }
  return out + text.slice(at);
}

/** Widens a span so it neither splits a JSON escape (\", \\, \n, \uXXXX) nor a surrogate pair. */
function whole(text: string, [start, end]: Span): Span {
  const before = escapeAround(text, start);
  const after = escapeAround(text, end);
  let s = before ? before[0] : start;
  let e = after ? after[1] : end;
  if (s > 0 && isLowSurrogate(text.charCodeAt(s))) s -= 1;
  if (e < text.length && isLowSurrogate(text.charCodeAt(e))) e += 1;
  return [s, e];
}

/**
 * The parts of a span between unescaped double quotes. In JSON text such a quote ends a string
 * (a secret's own quotes are escaped there), and masking it would break the JSON.
 */
function insideStrings(text: string, [start, end]: Span): Span[] {
  const parts: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (text[i] !== '"' || backslashesBefore(text, i) % 2 === 1) continue;
    if (i > from) parts.push([from, i]);
    from = i + 1;
  }
  if (end > from) parts.push([from, end]);
  return parts;
}

function backslashesBefore(text: string, position: number): number {
  let run = 0;
  while (position - run - 1 >= 0 && text[position - run - 1] === '\\') run++;
  return run;
}

/** The escape sequence that `position` falls strictly inside, if any. */
function escapeAround(text: string, position: number): Span | undefined {
  for (let q = position - 1; q >= Math.max(0, position - 5); q--) {
    if (text[q] !== '\\') continue;
    if (backslashesBefore(text, q) % 2 === 1) continue; // this backslash is itself escaped by the one before
    const length = text[q + 1] === 'u' ? 6 : 2;
    return q + length > position ? [q, q + length] : undefined;
  }
  return undefined;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

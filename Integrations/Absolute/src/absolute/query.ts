/** One query parameter value; arrays repeat the key (Absolute allows that for `...Not`/`...Contains`). */
export type QueryValue = string | number | boolean | readonly string[] | undefined;
export type Query = Readonly<Record<string, QueryValue>>;

/** A UTF-16 surrogate without its partner: not a character, so it has no UTF-8 encoding. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * RFC 3986 percent-encoding: everything but `A-Z a-z 0-9 - _ . ~`, uppercase hex. A lone
 * surrogate (possible in argument text) would make encodeURIComponent throw a URIError that
 * surfaced as "Unexpected error: URI malformed"; it becomes U+FFFD, as URLSearchParams does.
 */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD')).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Serialises a query for the JOSE `query-string` member: keys in insertion order, values encoded,
 * undefined and empty values dropped. The server decodes it, so the same bytes need not be resent.
 */
export function encodeQuery(query: Query | undefined): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [key, raw] of Object.entries(query)) {
    if (raw === undefined) continue;
    // `typeof` rather than Array.isArray, which widens a readonly array to any[].
    const values = typeof raw === 'object' ? raw : [String(raw)];
    for (const value of values) {
      if (value === '') continue;
      parts.push(`${encodeRfc3986(key)}=${encodeRfc3986(value)}`);
    }
  }
  return parts.join('&');
}

/** Percent-encodes one path segment so ids can never change the path (`../`, `?`, `#`). */
export function pathSegment(value: string): string {
  return encodeRfc3986(value);
}

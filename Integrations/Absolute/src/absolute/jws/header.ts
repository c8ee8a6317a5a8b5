export type JwsAlgorithm = 'HS256' | 'ES256';

/** What Absolute needs to know about the logical request; it travels in the protected header. */
export interface SignedRequestParts {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Path including `/v3`, without host or query, e.g. `/v3/reporting/devices`. */
  uri: string;
  /** Encoded query without the leading `?`; empty when there is none. */
  queryString: string;
}

export interface JoseHeader {
  alg: JwsAlgorithm;
  kid: string;
  method: SignedRequestParts['method'];
  'content-type': 'application/json';
  uri: string;
  'query-string': string;
  issuedAt: number;
}

/**
 * Builds the protected header in the member order of Absolute's published example (TV-JWS-1), so
 * our output can be compared byte for byte with the official vector.
 */
export function buildJoseHeader(alg: JwsAlgorithm, kid: string, request: SignedRequestParts, issuedAtMs: number): JoseHeader {
  return {
    alg,
    kid,
    method: request.method,
    'content-type': 'application/json',
    uri: request.uri,
    'query-string': request.queryString,
    issuedAt: issuedAtMs,
  };
}

/**
 * The JWS payload wraps the request body as `{"data": body}`. A request without a body sends
 * `{"data":{}}`, which Absolute's own client and the 2.x XSOAR pack send and the API accepts.
 */
export function buildPayload(body: unknown): string {
  return JSON.stringify({ data: body === undefined ? {} : body });
}

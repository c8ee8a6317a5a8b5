import { Agent, EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { AbsoluteConfigError, AbsoluteConnectionError, AbsoluteTimeoutError } from './errors';

export interface TransportOptions {
  /** Switches TLS certificate verification off ("Trust any certificate"). @default false */
  insecure?: boolean;
  /** Use the HTTP(S)_PROXY / NO_PROXY environment settings. @default false */
  proxy?: boolean;
  /** @default 10000 */
  connectTimeoutMs?: number;
  /** Time to the response headers. @default 60000 */
  headersTimeoutMs?: number;
  /** Maximum idle time between body chunks. @default 60000 */
  bodyTimeoutMs?: number;
}

/** One long-lived dispatcher per client: connections are kept alive across the requests of a command. */
export function createDispatcher(options: TransportOptions = {}): Dispatcher {
  const shared = {
    keepAliveTimeout: 10_000,
    keepAliveMaxTimeout: 60_000,
    headersTimeout: options.headersTimeoutMs ?? 60_000,
    bodyTimeout: options.bodyTimeoutMs ?? 60_000,
    connect: { timeout: options.connectTimeoutMs ?? 10_000, rejectUnauthorized: !options.insecure },
  };
  return options.proxy ? new EnvHttpProxyAgent(shared) : new Agent(shared);
}

export interface HttpResponse {
  status: number;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: string;
  /** The raw bytes of a successful binary download (the body text is then empty). */
  bytes?: Buffer;
}

/** Error codes that prove the request never left this machine, so re-sending cannot duplicate it. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** POSTs one signed JWS to `<apiBase>/jws/validate` and reads the whole reply. */
export async function postJws(
  dispatcher: Dispatcher,
  apiBase: string,
  jws: string,
  signal?: AbortSignal,
  binary = false,
): Promise<HttpResponse> {
  const url = `${apiBase}/jws/validate`;
  try {
    const response = await request(url, {
      method: 'POST',
      dispatcher,
      headers: { 'content-type': 'text/plain', accept: binary ? '*/*' : 'application/json' },
      body: jws,
      maxRedirections: 0,
      signal,
    } as Parameters<typeof request>[1]);
    if (binary && response.statusCode < 400) {
      const bytes = Buffer.from(await response.body.arrayBuffer());
      return { status: response.statusCode, headers: response.headers, body: '', bytes };
    }
    const body = await response.body.text();
    return { status: response.statusCode, headers: response.headers, body };
  } catch (error) {
    throw classifyTransportError(error, apiBase);
  }
}

/** OpenSSL verification failures: the server's certificate was refused before anything was sent. */
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'CERT_REVOKED', 'CERT_UNTRUSTED', 'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE', 'ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH', 'INVALID_CA',
]);

function classifyTransportError(error: unknown, apiBase: string): Error {
  const code = errorCode(error);
  if (code && TLS_CODES.has(code)) {
    // Reported as "the connection broke" and retried three times before; no retry can fix a
    // certificate, and the analyst needs to hear the word certificate. A config error is not retried.
    return new AbsoluteConfigError(`The TLS certificate of ${apiBase} could not be verified (${code}); nothing was sent.`, {
      cause: error,
      suggestion: 'Check that the server URL is an Absolute URL and that no proxy intercepts TLS (or add its CA to the system trust store). Only for a test system: enable "Trust any certificate (not secure)".',
    });
  }
  if (code && TIMEOUT_CODES.has(code)) {
    // A write's possible completion is reported by the client, which knows the method.
    return new AbsoluteTimeoutError(`Absolute (${apiBase}) did not answer in time (${code}).`, { cause: error });
  }
  if (isAbort(error)) return new AbsoluteTimeoutError('The request was cancelled: the command ran out of time.', { cause: error });
  const notSent = code !== undefined && NOT_SENT_CODES.has(code);
  const what = notSent ? 'Could not connect to' : 'The connection broke while talking to';
  return new AbsoluteConnectionError(`${what} ${apiBase}${code ? ` (${code})` : ''}.`, { cause: error, safeToRetry: notSent });
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: string }).name === 'AbortError';
}

import { Agent, EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { AbsoluteConfigError, AbsoluteConnectionError, AbsoluteTimeoutError } from './errors';
import { describeProxy, readProxySetting, type Env, type ProxySetting } from './proxy-setting';
import type { NoAnswer } from './retry-policy';

export interface TransportOptions {
  /** Switches TLS certificate verification off ("Trust any certificate"). @default false */
  insecure?: boolean;
  /** Use the HTTP(S)_PROXY / NO_PROXY environment settings. @default false */
  proxy?: boolean;
  /** Where the proxy variables are read. @default process.env */
  env?: Env;
  /** @default 10000 */
  connectTimeoutMs?: number;
  /** Time to the response headers. @default 60000 */
  headersTimeoutMs?: number;
  /** Maximum idle time between body chunks. @default 60000 */
  bodyTimeoutMs?: number;
}

export function proxySettingOf(options: TransportOptions): ProxySetting {
  return readProxySetting(options.proxy === true, options.env ?? process.env);
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
  const proxy = proxySettingOf(options);
  if (!proxy.on) return new Agent(shared);
  // Given explicitly ('' = none), so undici uses exactly what an error message will describe.
  return new EnvHttpProxyAgent({
    ...shared,
    httpProxy: proxy.httpProxy?.value ?? '',
    httpsProxy: proxy.httpsProxy?.value ?? '',
    noProxy: proxy.noProxy?.value ?? '',
  });
}

export interface HttpResponse {
  status: number;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: string;
  /** The raw bytes of a successful binary download (the body text is then empty). */
  bytes?: Buffer;
}

export interface PostOptions {
  signal?: AbortSignal;
  /** Named in the message when nothing answers. @default proxy off */
  proxy?: ProxySetting;
  /** Read a successful reply as bytes (a file download) instead of text. */
  binary?: boolean;
}

/** Nothing answered: the request never left this machine, so re-sending cannot duplicate it. */
const UNRESOLVED_CODES: ReadonlySet<string> = new Set(['ENOTFOUND', 'EAI_AGAIN']);
const UNREACHABLE_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/**
 * POSTs one signed JWS to `<apiBase>/jws/validate` and reads the whole reply. A redirect is never
 * followed (undici 7 follows none without its redirect interceptor): the signed request goes only
 * to the configured host, and a 3xx is reported as the wrong-address problem it is.
 */
export async function postJws(dispatcher: Dispatcher, apiBase: string, jws: string, options: PostOptions = {}): Promise<HttpResponse> {
  const url = `${apiBase}/jws/validate`;
  let reply: HttpResponse;
  try {
    const response = await request(url, {
      method: 'POST',
      dispatcher,
      headers: { 'content-type': 'text/plain', accept: options.binary ? '*/*' : 'application/json' },
      body: jws,
      signal: options.signal,
    });
    if (options.binary && response.statusCode < 300) {
      const bytes = Buffer.from(await response.body.arrayBuffer());
      return { status: response.statusCode, headers: response.headers, body: '', bytes };
    }
    const body = await response.body.text();
    reply = { status: response.statusCode, headers: response.headers, body };
  } catch (error) {
    throw classifyTransportError(error, apiBase, options.proxy ?? { on: false });
  }
  if (reply.status >= 300 && reply.status < 400) throw redirected(reply, apiBase);
  return reply;
}

function redirected(reply: HttpResponse, apiBase: string): AbsoluteConfigError {
  const location = [reply.headers['location']].flat()[0];
  const target = location ? ` to ${location.length > 200 ? `${location.slice(0, 197)}...` : location}` : '';
  const what = `${apiBase} answered with a redirect (HTTP ${reply.status}${target}) instead of an API reply; redirects are not followed.`;
  return new AbsoluteConfigError(what, {
    suggestion: 'Check that the server URL is the Absolute console or API URL of your region, and that no proxy or gateway redirects it.',
  });
}

/** OpenSSL verification failures: the server's certificate was refused before anything was sent. */
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
  'INVALID_CA',
]);

function classifyTransportError(error: unknown, apiBase: string, proxy: ProxySetting): Error {
  const code = transportErrorCode(error);
  if (code && TLS_CODES.has(code)) {
    // Not a broken connection: no retry can fix a certificate, and the analyst needs to hear the
    // word certificate. A config error is not retried.
    return new AbsoluteConfigError(`The TLS certificate of ${apiBase} could not be verified (${code}); nothing was sent.`, {
      cause: error,
      suggestion:
        'Check that the server URL is an Absolute URL and that no proxy intercepts TLS (or add its CA to the system trust store). Only for a test system: enable "Trust any certificate (not secure)".',
    });
  }
  if (code && TIMEOUT_CODES.has(code)) {
    // A write's possible completion is reported by the client, which knows the method.
    return new AbsoluteTimeoutError(`Absolute (${apiBase}) did not answer in time (${code}).`, { cause: error });
  }
  if (isAbort(error)) return new AbsoluteTimeoutError('The request was cancelled: the command ran out of time.', { cause: error });
  if (code && (UNRESOLVED_CODES.has(code) || UNREACHABLE_CODES.has(code))) {
    const why = whyNothingAnswered(error, code, apiBase);
    return new AbsoluteConnectionError(`Could not connect to ${apiBase}: ${why}; nothing was sent. ${describeProxy(proxy, apiBase)}`, {
      cause: error,
      safeToRetry: true,
    });
  }
  const broke = `The connection broke while talking to ${apiBase}${code ? ` (${code})` : ''}.`;
  return new AbsoluteConnectionError(broke, { cause: error, safeToRetry: false });
}

/** Names the host that failed: through a proxy that is the proxy, not Absolute. */
function whyNothingAnswered(error: unknown, code: string, apiBase: string): string {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as { hostname?: unknown; address?: unknown; port?: unknown };
  const url = new URL(apiBase);
  const hostname = typeof failure.hostname === 'string' ? failure.hostname : url.hostname;
  if (UNRESOLVED_CODES.has(code)) return `the host name ${hostname} does not resolve (${code})`;
  const port = typeof failure.port === 'number' ? `:${failure.port}` : '';
  const address = typeof failure.address === 'string' ? `${failure.address}${port}` : url.host;
  if (code === 'ECONNREFUSED') return `${address} refused the connection (${code})`;
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return `the connection attempt got no answer within the connect timeout (${code})`;
  return `${address} cannot be reached from this machine (${code})`;
}

/** Whether nothing answered a failed request: its name did not resolve, or its host did not accept. */
export function noAnswerKind(error: unknown): NoAnswer | undefined {
  const code = transportErrorCode(error);
  if (code === undefined) return undefined;
  return UNRESOLVED_CODES.has(code) ? 'unresolved' : UNREACHABLE_CODES.has(code) ? 'unreachable' : undefined;
}

/** The system or undici error code behind a failure (looked up through `cause`). */
export function transportErrorCode(error: unknown): string | undefined {
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

import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { readErrorBody } from './error-body';
import {
  AbsoluteApiError,
  AbsoluteConfigError,
  AbsoluteConnectionError,
  AbsoluteError,
  AbsoluteResponseError,
  AbsoluteTimeoutError,
} from './errors';
import type { SignedRequestParts } from './jws/header';
import { signingKeyFromSecret, signRequest, type SigningKey } from './jws/sign-request';
import { encodeQuery, type Query } from './query';
import { RateLimiter, realSleep, type Sleep } from './rate-limiter';
import { checkReply, lazySchema, nested, record, text, type ReplySchema } from './reply-schema';
import { resolveApiBase, type ResolvedEndpoint } from './regions';
import type { ProxySetting } from './proxy-setting';
import {
  attemptsWhenNoAnswer,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  RETRYABLE_STATUSES,
  retryDelayMs,
  type RetryPolicy,
} from './retry-policy';
import { createDispatcher, noAnswerKind, postJws, proxySettingOf, type HttpResponse, type TransportOptions } from './transport';

export interface AbsoluteClientOptions extends TransportOptions {
  serverUrl: string;
  tokenId: string;
  /** HS256 secret key text, or a PEM EC private key for an asymmetric (ES256) token. */
  secretKey: string;
  /** Injected for tests; the client closes only a dispatcher it created itself. */
  dispatcher?: Dispatcher;
  now?: () => number;
  sleep?: Sleep;
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  /** Client-side request rate; 0 disables the limiter. @default 20 */
  requestsPerSecond?: number;
  /** Aborts everything in flight when the command's time budget ends. */
  signal?: AbortSignal;
}

export type HttpMethod = SignedRequestParts['method'];

export interface ApiRequest {
  method: HttpMethod;
  /** Path including `/v3`. Dynamic segments must already be encoded with `pathSegment`. */
  path: string;
  query?: Query;
  body?: unknown;
  /** A read sent as POST (the get-actions endpoints): retried like a GET. */
  readOnly?: boolean;
}

/** A file Absolute sends as it is (a ZIP, a PDF) instead of a JSON envelope. */
export interface ApiDownload {
  bytes: Buffer;
  contentType: string | undefined;
  /** From Content-Disposition, when the server names the file. */
  fileName: string | undefined;
}

export interface ApiResponse<T> {
  status: number;
  /** The envelope's `data` (undefined for 202/204 without a body). */
  data: T | undefined;
  /** `metadata.pagination.nextPage` when the API returned one. */
  nextPage: string | undefined;
  /** The server's clock from its Date header, for clock-skew diagnostics. */
  serverDateMs?: number;
}

/** Signed access to the Absolute v3 API. Knows nothing of XSOAR. */
export class AbsoluteClient {
  readonly endpoint: ResolvedEndpoint;
  private readonly tokenId: string;
  private readonly signingKey: SigningKey;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly now: () => number;
  private readonly sleep: Sleep;
  private readonly random: () => number;
  private readonly retry: RetryPolicy;
  private readonly limiter: RateLimiter | undefined;
  private readonly signal: AbortSignal | undefined;
  private readonly proxy: ProxySetting;
  /** Logical requests sent, retries included (for diagnostics and benchmarks). */
  requestCount = 0;

  constructor(options: AbsoluteClientOptions) {
    if (!options.tokenId.trim()) throw new AbsoluteConfigError('The Token ID is empty; set it in the instance credentials (identifier).');
    if (!options.secretKey.trim()) throw new AbsoluteConfigError('The Secret Key is empty; set it in the instance credentials (password).');
    this.endpoint = resolveApiBase(options.serverUrl);
    this.tokenId = options.tokenId.trim();
    try {
      this.signingKey = signingKeyFromSecret(options.secretKey);
    } catch (error) {
      throw new AbsoluteConfigError(
        'The Secret Key looks like a PEM private key but cannot be used for ES256 signing; it must be an EC P-256 private key.',
        { cause: undefined, suggestion: error instanceof Error ? error.message : undefined },
      );
    }
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher = options.dispatcher ?? createDispatcher(options);
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    const rate = options.requestsPerSecond ?? 20;
    this.limiter = rate > 0 ? new RateLimiter(rate, this.now, this.sleep) : undefined;
    this.signal = options.signal;
    this.proxy = proxySettingOf(options);
  }

  /**
   * Sends one logical request. Reads (GET) are retried on 429/502/503/504 and connection failures;
   * writes are re-sent only when the server provably did not act (429, or no connection made).
   * When nothing answers, the analyst hears it fast: an unresolvable name is not retried, a
   * refused or unreachable host once. Every attempt is signed afresh so `issuedAt` is never stale.
   * With `reply`, the envelope's `data` is checked against it (AbsoluteReplyShapeError when a field
   * has the wrong type); without, `data` is whatever JSON came back.
   */
  request(req: ApiRequest): Promise<ApiResponse<unknown>>;
  request<T>(req: ApiRequest, reply: ReplySchema<T>): Promise<ApiResponse<T>>;
  async request<T>(req: ApiRequest, reply?: ReplySchema<T>): Promise<ApiResponse<unknown>> {
    return this.send(req, false, (response, operation) => parseSuccess(response, operation, reply));
  }

  /** A GET whose answer is a file rather than JSON; errors still arrive as JSON and are read as such. */
  async download(req: Omit<ApiRequest, 'method' | 'body'>): Promise<ApiDownload> {
    return this.send({ ...req, method: 'GET' }, true, downloaded);
  }

  private async send<R>(req: ApiRequest, binary: boolean, read: (response: HttpResponse, operation: string) => R): Promise<R> {
    const queryString = encodeQuery(req.query);
    const operation = `${req.method} ${req.path}`;
    const started = this.now();
    for (let attempt = 1; ; attempt++) {
      let retryAfterMs: number | undefined;
      let failure: AbsoluteError;
      try {
        await this.limiter?.acquire(this.signal);
        const jws = signRequest({ method: req.method, uri: req.path, queryString }, req.body, this.tokenId, this.signingKey, this.now());
        this.requestCount++;
        const response = await postJws(this.dispatcher, this.endpoint.apiBase, jws, { signal: this.signal, proxy: this.proxy, binary });
        if (response.status < 400) return read(response, operation);
        failure = toApiError(response, operation, this.now());
        retryAfterMs = failure instanceof AbsoluteApiError ? failure.retryAfterMs : undefined;
      } catch (error) {
        if (!(error instanceof AbsoluteError)) throw error;
        failure = error;
      }
      const noAnswer = failure instanceof AbsoluteConnectionError ? noAnswerKind(failure) : undefined;
      const attempts = noAnswer ? attemptsWhenNoAnswer(this.retry, noAnswer) : this.retry.maxAttempts;
      if (this.signal?.aborted || !this.mayRetry(req, failure) || attempt >= attempts) throw outcomeUnknown(req, operation, failure);
      const delay = noAnswer ? this.retry.reconnectDelayMs : retryDelayMs(this.retry, attempt, this.random, retryAfterMs);
      if (this.now() + delay - started > this.retry.maxTotalMs) throw outcomeUnknown(req, operation, failure);
      await this.sleep(delay, this.signal);
    }
  }

  private mayRetry(req: ApiRequest, failure: AbsoluteError): boolean {
    const idempotent = req.method === 'GET' || req.readOnly === true;
    if (failure instanceof AbsoluteApiError) {
      if (failure.status === 429) return true; // refused before any work was done
      return idempotent && RETRYABLE_STATUSES.has(failure.status);
    }
    if (failure instanceof AbsoluteConnectionError) return idempotent || failure.safeToRetry;
    if (failure instanceof AbsoluteTimeoutError) return idempotent && !this.signal?.aborted;
    return false;
  }

  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }
}

/**
 * A write that failed once it may have reached Absolute (5xx, a connection broken after sending,
 * a timeout, an unreadable 2xx reply) may still have been carried out. Without saying so, the
 * analyst is told only to check the URL, and re-running the command can act a second time.
 */
function outcomeUnknown(req: ApiRequest, operation: string, failure: AbsoluteError): AbsoluteError {
  if (req.method === 'GET' || req.readOnly) return failure;
  const mayHaveActed =
    (failure instanceof AbsoluteApiError && failure.status >= 500) ||
    (failure instanceof AbsoluteConnectionError && !failure.safeToRetry) ||
    failure instanceof AbsoluteTimeoutError ||
    failure instanceof AbsoluteResponseError;
  if (!mayHaveActed) return failure;
  return failure.adviseFirst(
    `Absolute may have carried out ${operation} before the failure: check the outcome before running the command again, or it may be done twice.`,
  );
}

function downloaded(response: HttpResponse): ApiDownload {
  const type = response.headers['content-type'];
  const disposition = String(response.headers['content-disposition'] ?? '');
  const named = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
  const file: ApiDownload = {
    bytes: response.bytes ?? Buffer.alloc(0),
    contentType: typeof type === 'string' ? type : undefined,
    fileName: named,
  };
  return file;
}

/** The envelope around every reply: `data`, and the cursor of paged endpoints. */
const envelopeSchema = lazySchema(() =>
  record({ data: z.unknown().optional(), metadata: nested({ pagination: nested({ nextPage: text() }) }) }),
);

function parseSuccess<T>(response: HttpResponse, operation: string, reply: ReplySchema<T> | undefined): ApiResponse<unknown> {
  const serverDateMs = serverDate(response);
  const where = { operation, status: response.status };
  // `data: null` is no data, as an absent `data` is.
  const data = (value: unknown) => (value === undefined || value === null ? undefined : reply ? checkReply(reply, value, where) : value);
  if (response.body.trim() === '')
    return { status: response.status, data: undefined, nextPage: undefined, ...(serverDateMs === undefined ? {} : { serverDateMs }) };
  const json = parseJson(response, operation);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new AbsoluteResponseError(`Absolute returned an unexpected reply to ${operation}: not a JSON object.`, response.status);
  }
  const envelope = checkReply(envelopeSchema, json, { ...where, root: '' });
  const next = envelope.metadata?.pagination?.nextPage;
  return {
    status: response.status,
    data: data(envelope.data),
    nextPage: next ? next : undefined,
    ...(serverDateMs === undefined ? {} : { serverDateMs }),
  };
}

function parseJson(response: HttpResponse, operation: string): unknown {
  const type = String(response.headers['content-type'] ?? '');
  try {
    return JSON.parse(response.body);
  } catch (cause) {
    const what = type && !type.includes('json') ? `a ${type.split(';')[0]} document` : 'malformed or truncated JSON';
    throw new AbsoluteResponseError(`Absolute returned ${what} (HTTP ${response.status}) to ${operation}.`, response.status, { cause });
  }
}

function toApiError(response: HttpResponse, operation: string, nowMs: number): AbsoluteError {
  const body = readErrorBody(response.body);
  return new AbsoluteApiError({
    status: response.status,
    code: body.code,
    apiMessage: body.apiMessage,
    details: body.details,
    operation,
    retryAfterMs: parseRetryAfter(response.headers['retry-after'], nowMs),
    serverDateMs: serverDate(response),
  });
}

function serverDate(response: HttpResponse): number | undefined {
  const raw = response.headers['date'];
  const ms = typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

/** When and how long to wait before trying a request again. Pure, so tests need no clock. */
export interface RetryPolicy {
  /** Attempts in total, the first included. @default 4 */
  maxAttempts: number;
  /** @default 500 */
  baseDelayMs: number;
  /** Ceiling of one backoff wait, Retry-After included. @default 8000 */
  maxDelayMs: number;
  /** Retries stop when the next wait would pass this much time since the first attempt. @default 30000 */
  maxTotalMs: number;
  /** The wait before the one retry of a connection nothing answered (refused, unreachable). @default 250 */
  reconnectDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxTotalMs: 30_000,
  reconnectDelayMs: 250,
};

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** Exponential backoff with up to 25% jitter below the nominal delay; Retry-After wins when given. */
export function retryDelayMs(policy: RetryPolicy, attempt: number, random: () => number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(retryAfterMs, 0), policy.maxDelayMs);
  const nominal = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
  return Math.round(nominal * (1 - 0.25 * random()));
}

/** The kind of failure to connect at all, by how much another attempt can help. */
export type NoAnswer = 'unresolved' | 'unreachable';

/**
 * Attempts in total for a request nothing answered. A name that did not resolve will not resolve
 * a moment later (the resolver has already retried), so it is tried once; a refused or unreachable
 * host gets one more try, for a server or balancer that was restarting. Waiting longer only delays
 * the analyst's "check the URL and proxy".
 */
export function attemptsWhenNoAnswer(policy: RetryPolicy, kind: NoAnswer): number {
  return kind === 'unresolved' ? 1 : Math.min(2, policy.maxAttempts);
}

/** Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text.trim())) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

import { hash32, mulberry32, type Random } from '../util/prng';

/**
 * Misbehaviour to inject, for reliability tests of the client. Rates are probabilities in [0, 1]
 * drawn from a PRNG seeded by `seed`, so a given sequence of requests always meets the same faults.
 */
export interface FaultConfig {
  seed?: number;
  /** Delay added before every response is written. */
  latencyMs?: number;
  /** Hold a request this long before processing it (client timeout tests). */
  stallMs?: number;
  /** Share of requests that stall; default 1 when `stallMs` is set. */
  stallRate?: number;
  /** Share of requests answered with a server error instead of being processed. */
  errorRate?: number;
  /** Statuses to pick from for `errorRate`; default [500, 502, 503]. */
  errorStatuses?: number[];
  /** Share of requests answered 429 RATE_LIMITED without being processed. */
  status429Rate?: number;
  /** Adds `Retry-After: <seconds>` to injected 429s (the real API documents no such header). */
  retryAfterSeconds?: number;
  /** Share of requests whose connection is destroyed before processing. */
  resetBeforeRate?: number;
  /** Share of requests that are processed (e.g. the freeze is created) and then get no answer. */
  resetAfterRate?: number;
  /** Share of processed requests whose JSON body is replaced by malformed JSON. */
  malformedJsonRate?: number;
  /** Share of processed requests whose JSON body is cut in half (valid HTTP, broken JSON). */
  truncatedJsonRate?: number;
  /** Share of processed requests answered 200 with an HTML page (as a captive proxy would). */
  wrongContentTypeRate?: number;
  /** `repeat`: a followed cursor comes back unchanged (stuck paging); `vanish`: nextPage is dropped early. */
  cursorMode?: 'repeat' | 'vanish';
  /** Logical routes answered 403, e.g. `GET /v3/reporting/applications`. */
  forbiddenRoutes?: string[];
  /** Server clock offset for the issuedAt check (positive: the server runs ahead). */
  clockSkewMs?: number;
  /** Restricts the random faults to these logical routes (templates or concrete URIs); default all. */
  onlyRoutes?: string[];
}

/** Rolls the dice for one configuration; replaced wholesale by `setFaults`. */
export class FaultInjector {
  private readonly random: Random;

  constructor(readonly config: FaultConfig = {}) {
    this.random = mulberry32(hash32(config.seed ?? 1, 0xfa17));
  }

  /** True with probability `rate`; draws nothing when the rate is 0 so unrelated knobs stay independent. */
  roll(rate: number | undefined, routeKey: string, uri: string): boolean {
    if (!rate || rate <= 0) return false;
    if (!this.applies(routeKey, uri)) return false;
    return this.random() < rate;
  }

  pickErrorStatus(): number {
    const statuses = this.config.errorStatuses?.length ? this.config.errorStatuses : [500, 502, 503];
    return statuses[Math.floor(this.random() * statuses.length)] ?? 500;
  }

  isForbidden(routeKey: string, method: string, uri: string): boolean {
    const routes = this.config.forbiddenRoutes ?? [];
    return routes.includes(routeKey) || routes.includes(`${method} ${uri}`);
  }

  private applies(routeKey: string, uri: string): boolean {
    const only = this.config.onlyRoutes;
    if (!only || only.length === 0) return true;
    const method = routeKey.split(' ')[0] ?? '';
    return only.includes(routeKey) || only.includes(`${method} ${uri}`);
  }
}

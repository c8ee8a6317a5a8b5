import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenRegistry } from '../jws/token-registry';
import { verifyCompactJws, type VerifiedHeader } from '../jws/verify-jws';
import type { Router } from '../routes/router';
import type { RouteResult } from '../routes/route-types';
import type { SimulatorState } from '../state/simulator-state';
import { ApiError, invalidRequest, NOT_AUTHENTICATED, NOT_AUTHORIZED, notFound, RATE_LIMITED, serverError } from './api-error';
import type { Delays } from './delays';
import type { FaultInjector } from './faults';
import { checkDocumentedQuery } from './documented-query';
import { RequestLeniency, withLeniency } from './leniency';
import { QueryParams } from './query-params';
import type { SlidingWindowLimiter } from './rate-limiter';
import { corruptReply, emptyReply, errorReply, fileReply, jsonReply, writeReply, type Reply } from './respond';
import type { StatsRecorder } from './stats';

export interface ServerContext {
  state: SimulatorState;
  stats: StatsRecorder;
  tokens: TokenRegistry;
  router: Router;
  issuedAtWindowMs: number;
  limiter: SlidingWindowLimiter | undefined;
  faults: () => FaultInjector;
  delays: Delays;
  /** Refuse undocumented inputs instead of accepting and counting them. */
  strict: boolean;
}

const VALIDATE_PATH = '/jws/validate';
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** One HTTP exchange: transport checks, JWS verification, throttling, faults, then the route. */
export async function handleRequest(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const httpPath = (req.url ?? '/').split('?')[0] ?? '/';
  const httpRoute = `${req.method ?? 'GET'} ${httpPath}`;
  if (body === undefined) return finish(ctx, res, httpRoute, errorReply(invalidRequest('body', 'request body too large')));
  if (httpPath !== VALIDATE_PATH) return finish(ctx, res, httpRoute, errorReply(notFound()));
  if (req.method !== 'POST') return finish(ctx, res, httpRoute, errorReply(methodNotAllowed(['POST']), { allow: 'POST' }));
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'text/plain') {
    return finish(
      ctx,
      res,
      httpRoute,
      errorReply(invalidRequest('Content-Type', 'Content-Type must be text/plain with a compact JWS body')),
    );
  }

  const faults = ctx.faults();
  const skew = faults.config.clockSkewMs ?? 0;
  if (skew !== 0) ctx.stats.fault('clockSkew');
  const now = ctx.state.now();
  const verified = verifyCompactJws(body, { tokens: ctx.tokens, nowMs: now + skew, issuedAtWindowMs: ctx.issuedAtWindowMs });
  if (!verified.ok) return finish(ctx, res, httpRoute, errorReply(NOT_AUTHENTICATED, { 'x-simulator-auth-failure': verified.reason }));

  const { header, token } = verified;
  const uri = header.uri;
  if (!uri.startsWith('/v3/') || uri.includes('?')) {
    return finish(
      ctx,
      res,
      httpRoute,
      errorReply(invalidRequest('uri', 'uri must be a /v3/ path without a query (the query goes in query-string)')),
    );
  }
  const match = ctx.router.match(header.method, uri);
  if (match.kind === 'not-found') return finish(ctx, res, `${header.method} ${uri}`, errorReply(notFound()));
  if (match.kind === 'wrong-method') return finish(ctx, res, `${header.method} ${uri}`, errorReply(methodNotAllowed(match.allowed)));
  const routeKey = `${header.method} ${match.route.path}`;

  if (ctx.limiter && !ctx.limiter.tryAcquire(token.tokenId, now)) {
    ctx.stats.rateLimited();
    return finish(ctx, res, routeKey, errorReply(RATE_LIMITED));
  }
  if (!match.route.permissions.every((p) => token.permissions.has(p))) return finish(ctx, res, routeKey, errorReply(NOT_AUTHORIZED));

  const early = await preProcessingFault(ctx, faults, routeKey, header, res);
  if (early === 'handled') return;

  const query = new QueryParams(header.queryString);
  const leniency = new RequestLeniency(ctx.strict);
  let reply: Reply;
  try {
    const data = unwrapPayload(verified.payload);
    const fingerprint = [
      routeKey,
      JSON.stringify(match.params),
      query.canonical(['nextPage', 'pageSize']),
      JSON.stringify(data ?? null),
    ].join('|');
    const { state, stats } = ctx;
    const context = { state, stats, token, now, params: match.params, query, body: data, routeKey, fingerprint, leniency };
    checkDocumentedQuery(routeKey, query, leniency);
    const result = withLeniency(leniency, () => match.route.handle(context));
    ctx.stats.undocumentedAccepted(routeKey, leniency.accepted());
    reply = toReply(applyCursorFault(ctx, faults, result, query));
  } catch (error) {
    const refused = leniency.refused();
    if (refused) ctx.stats.undocumentedRefused(routeKey, refused);
    reply = errorReply(error instanceof ApiError ? error : internalError(error));
  }

  if (faults.roll(faults.config.resetAfterRate, routeKey, uri)) {
    ctx.stats.fault('resetAfter');
    ctx.stats.request(routeKey, 'reset');
    res.socket?.destroy();
    return;
  }
  if (reply.body !== '') {
    for (const kind of ['malformedJson', 'truncatedJson', 'wrongContentType'] as const) {
      if (faults.roll(faults.config[`${kind}Rate`], routeKey, uri)) {
        ctx.stats.fault(kind);
        reply = corruptReply(reply, kind);
        break;
      }
    }
  }
  return finish(ctx, res, routeKey, reply);
}

/** Faults that replace processing entirely: forbidden routes, resets, stalls, injected 429/5xx. */
async function preProcessingFault(
  ctx: ServerContext,
  faults: FaultInjector,
  routeKey: string,
  header: VerifiedHeader,
  res: ServerResponse,
): Promise<'handled' | 'continue'> {
  const { config } = faults;
  if (faults.isForbidden(routeKey, header.method, header.uri)) {
    ctx.stats.fault('forbiddenRoute');
    await finish(ctx, res, routeKey, errorReply(NOT_AUTHORIZED));
    return 'handled';
  }
  if (faults.roll(config.resetBeforeRate, routeKey, header.uri)) {
    ctx.stats.fault('resetBefore');
    ctx.stats.request(routeKey, 'reset');
    res.socket?.destroy();
    return 'handled';
  }
  if (config.stallMs && faults.roll(config.stallRate ?? 1, routeKey, header.uri)) {
    ctx.stats.fault('stall');
    if (!(await ctx.delays.wait(config.stallMs))) {
      res.socket?.destroy();
      return 'handled';
    }
  }
  if (faults.roll(config.status429Rate, routeKey, header.uri)) {
    ctx.stats.fault('status429');
    const headers: Record<string, string> =
      config.retryAfterSeconds !== undefined ? { 'retry-after': String(config.retryAfterSeconds) } : {};
    await finish(ctx, res, routeKey, errorReply(RATE_LIMITED, headers));
    return 'handled';
  }
  if (faults.roll(config.errorRate, routeKey, header.uri)) {
    ctx.stats.fault('error');
    await finish(ctx, res, routeKey, errorReply(serverError(faults.pickErrorStatus())));
    return 'handled';
  }
  return 'continue';
}

function applyCursorFault(ctx: ServerContext, faults: FaultInjector, result: RouteResult, query: QueryParams): RouteResult {
  const mode = faults.config.cursorMode;
  const incoming = query.get('nextPage');
  if (mode === 'repeat' && incoming && result.nextPage) {
    ctx.stats.fault('cursorRepeat');
    return { ...result, nextPage: incoming };
  }
  if (mode === 'vanish' && result.nextPage) {
    ctx.stats.fault('cursorVanish');
    const { nextPage: _dropped, ...rest } = result;
    return rest;
  }
  return result;
}

function toReply(result: RouteResult): Reply {
  if (result.file) return fileReply(result.status, result.file);
  if (result.data === undefined) return emptyReply(result.status);
  const metadata = result.nextPage ? { metadata: { pagination: { nextPage: result.nextPage } } } : {};
  return jsonReply(result.status, { data: result.data, ...metadata });
}

/** `{}` (GET) and `{"data": ...}` are both accepted; the logical request body is `data`. */
function unwrapPayload(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    throw invalidRequest('payload', 'invalid json', 'INVALID_JSON');
  return (payload as { data?: unknown }).data;
}

function methodNotAllowed(allowed: readonly string[]): ApiError {
  return new ApiError(405, 'INVALID_REQUEST', 'method not allowed', [
    { message: `use ${allowed.join(' or ')}`, field: 'method', code: 'INVALID_REQUEST' },
  ]);
}

function internalError(error: unknown): ApiError {
  process.stderr.write(`simulator: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return serverError(500);
}

async function finish(ctx: ServerContext, res: ServerResponse, route: string, reply: Reply): Promise<void> {
  const latency = ctx.faults().config.latencyMs ?? 0;
  if (latency > 0) {
    ctx.stats.fault('latency');
    if (!(await ctx.delays.wait(latency))) {
      res.socket?.destroy();
      return;
    }
  }
  ctx.stats.request(route, reply.status);
  // The Date header tells the simulated Absolute's time (its injected clock, plus any skew fault),
  // which is what clients compare with their own clock to diagnose signature failures.
  const skew = ctx.faults().config.clockSkewMs ?? 0;
  writeReply(res, { ...reply, headers: { date: new Date(ctx.state.now() + skew).toUTCString(), ...reply.headers } });
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

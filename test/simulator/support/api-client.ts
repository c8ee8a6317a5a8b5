import { request as httpRequest } from 'node:http';
import { DEMO_CREDENTIALS, startSimulator, type RunningSimulator, type SimulatorOptions } from '../../../simulator';
import { signJws, type JwsRequest, type SignOverrides, type SigningKey } from './sign-jws';

export const HS256_KEY: SigningKey = { tokenId: DEMO_CREDENTIALS.hs256.tokenId, alg: 'HS256', secret: DEMO_CREDENTIALS.hs256.secretKey };
export const ES256_KEY: SigningKey = {
  tokenId: DEMO_CREDENTIALS.es256.tokenId,
  alg: 'ES256',
  privateKeyPem: DEMO_CREDENTIALS.es256.privateKeyPem,
};

/** A fixed instant all simulator tests start from (the fleet epoch follows it). */
export const T0 = Date.parse('2025-03-10T12:00:00.000Z');

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** Parsed JSON body; undefined when the body is empty or not JSON. Read it through bodyOf. */
  json: unknown;
}

/** The envelope of every paged GET. */
export interface Page<T = Record<string, unknown>> {
  data: T[];
  metadata?: { pagination?: { nextPage?: string } };
}

/** The `{data}` envelope of replies that carry one object. */
export interface DataBody<T = Record<string, unknown>> {
  data: T;
}

/** The `{code, message, details}` body of every simulator error reply. */
export interface ErrorBody {
  code: string;
  message: string;
  details: { message: string; field?: string; code?: string }[];
}

/** The parsed body as the shape a test reads; the test's own assertions are what check it. */
export function bodyOf<T>(result: HttpResult): T {
  return result.json as T;
}

/** Raw HTTP to the simulator (no keep-alive, so nothing lingers after close()). */
export function rawPost(
  url: string,
  body: string,
  options: { method?: string; path?: string; contentType?: string } = {},
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const target = new URL(options.path ?? '/jws/validate', url);
    const req = httpRequest(
      target,
      { method: options.method ?? 'POST', agent: false, headers: { 'content-type': options.contentType ?? 'text/plain' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text === '' ? undefined : JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A test clock that only moves when told to. */
export class TestClock {
  constructor(public ms: number = T0) {}
  readonly now = (): number => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** A simulator plus a signed-call helper bound to its clock. */
export interface TestApi {
  sim: RunningSimulator;
  clock: TestClock;
  call(request: JwsRequest, options?: { key?: SigningKey; overrides?: SignOverrides }): Promise<HttpResult>;
  get(uri: string, query?: JwsRequest['query'], key?: SigningKey): Promise<HttpResult>;
  post(uri: string, body?: unknown, query?: JwsRequest['query']): Promise<HttpResult>;
  close(): Promise<void>;
}

export async function startTestApi(options: SimulatorOptions = {}): Promise<TestApi> {
  const clock = new TestClock();
  const sim = await startSimulator({ fleetSize: 300, rateLimitPerSecond: false, now: clock.now, ...options });
  const call: TestApi['call'] = (request, opts = {}) =>
    rawPost(sim.url, signJws(request, opts.key ?? HS256_KEY, clock.now(), opts.overrides));
  return {
    sim,
    clock,
    call,
    get: (uri, query, key) => call({ method: 'GET', uri, query }, { key }),
    post: (uri, body, query) => call({ method: 'POST', uri, body, query }),
    close: () => sim.close(),
  };
}

/** Follows nextPage cursors until the last page; returns every item. */
export async function collectAll<T = Record<string, unknown>>(
  api: TestApi,
  uri: string,
  query: Record<string, string | readonly string[]> = {},
  maxPages = 10_000,
): Promise<T[]> {
  const items: T[] = [];
  let nextPage: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const res = await api.get(uri, nextPage ? { ...query, nextPage } : query);
    if (res.status !== 200) throw new Error(`${uri} -> ${res.status} ${res.text}`);
    const body = bodyOf<Page<T>>(res);
    items.push(...body.data);
    nextPage = body.metadata?.pagination?.nextPage;
    if (!nextPage) return items;
  }
  throw new Error('too many pages');
}

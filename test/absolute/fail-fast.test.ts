import type { LookupFunction } from 'node:net';
import { Agent } from 'undici';
import { AbsoluteClient, type AbsoluteClientOptions, type ApiRequest } from '../../Integrations/Absolute/src/absolute/client';
import { AbsoluteConnectionError } from '../../Integrations/Absolute/src/absolute/errors';
import { describeProxy, readProxySetting, withoutCredentials } from '../../Integrations/Absolute/src/absolute/proxy-setting';
import { closedPortUrl } from '../security/support/error-classes';

/**
 * When nothing answers, the analyst hears so at once, with the host and the proxy setting named:
 * a name that does not resolve is not retried, a refused connection is retried once.
 */
const GET: ApiRequest = { method: 'GET', path: '/v3/reporting/devices', query: { pageSize: 1 } };
const WRITE: ApiRequest = { method: 'POST', path: '/v3/actions/requests/freeze', body: {} };

interface Outcome {
  error: AbsoluteConnectionError;
  attempts: number;
  sleeps: number[];
}

async function failing(request: ApiRequest, options: Partial<AbsoluteClientOptions> & { serverUrl: string }): Promise<Outcome> {
  const sleeps: number[] = [];
  const client = new AbsoluteClient({
    tokenId: 'token-id',
    secretKey: 'a-secret-key-for-the-test',
    requestsPerSecond: 0,
    random: () => 0,
    sleep: async (ms) => void sleeps.push(ms),
    ...options,
  });
  try {
    const error = await client.request(request).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof AbsoluteConnectionError)) throw new Error(`expected a connection error, got ${String(error)}`);
    return { error, attempts: client.requestCount, sleeps };
  } finally {
    await client.close();
  }
}

/** A resolver that fails the way a real one does (getaddrinfo's code on an Error). */
function failingLookup(code: string): LookupFunction {
  return (hostname, _options, callback) => callback(Object.assign(new Error(`getaddrinfo ${code} ${hostname}`), { code, hostname }), '', 4);
}

let closed: string;
beforeAll(async () => {
  closed = await closedPortUrl();
});

describe('a refused connection', () => {
  test.each([
    ['a read', GET],
    ['a write (nothing was sent, so re-sending is safe)', WRITE],
  ])('%s is tried twice in all, after a short pause', async (_name, request) => {
    const { attempts, sleeps, error } = await failing(request, { serverUrl: closed });
    expect({ attempts, sleeps }).toEqual({ attempts: 2, sleeps: [250] });
    const hostAndPort = new URL(closed).host;
    expect(error.message).toBe(
      `Could not connect to ${closed}: ${hostAndPort} refused the connection (ECONNREFUSED); nothing was sent. ` +
        'System proxy: off ("Use system proxy" / --proxy), so the connection was direct.',
    );
    expect(error.suggestion).toMatch(/Check the server URL, the proxy settings/);
  });
});

describe('a host name that does not resolve', () => {
  test('a proxy under the reserved .invalid TLD: one attempt; the failing name and the proxy named, not its password', async () => {
    const env = { HTTP_PROXY: 'http://proxy-user:proxy-pass@absolute-proxy.invalid:3128', NO_PROXY: 'example.org' };
    const { attempts, sleeps, error } = await failing(GET, { serverUrl: closed, proxy: true, env });
    expect({ attempts, sleeps }).toEqual({ attempts: 1, sleeps: [] });
    expect(error.message).toMatch(
      new RegExp(
        `^Could not connect to ${closed}: the host name absolute-proxy\\.invalid does not resolve ` +
          '\\((ENOTFOUND|EAI_AGAIN)\\); nothing was sent\\.',
      ),
    );
    expect(error.message).toMatch(
      /System proxy: on, through http:\/\/absolute-proxy\.invalid:3128 \(HTTP_PROXY\); NO_PROXY=example\.org\.$/,
    );
    expect(error.message).not.toMatch(/proxy-pass|proxy-user/);
  });

  test.each(['ENOTFOUND', 'EAI_AGAIN'])('%s from the resolver: one attempt, even for a read', async (code) => {
    const dispatcher = new Agent({ connect: { lookup: failingLookup(code) } });
    try {
      const { attempts, sleeps, error } = await failing(GET, { serverUrl: 'http://localhost:9', dispatcher });
      expect({ attempts, sleeps }).toEqual({ attempts: 1, sleeps: [] });
      expect(error.message).toMatch(
        new RegExp(`^Could not connect to http://localhost:9: the host name localhost does not resolve \\(${code}\\)`),
      );
    } finally {
      await dispatcher.close();
    }
  });
});

test('a connection that broke after it was made keeps the full retry budget of a read', async () => {
  const dispatcher = new Agent({ connect: { lookup: failingLookup('ECONNRESET') } });
  try {
    const { attempts, error } = await failing(GET, { serverUrl: 'http://localhost:9', dispatcher });
    expect(attempts).toBe(4);
    expect(error.message).toMatch(/connection broke/);
  } finally {
    await dispatcher.close();
  }
});

describe('the proxy setting in words', () => {
  const https = 'https://api.us.absolute.com';
  test.each([
    [false, { HTTPS_PROXY: 'http://p:1' }, https, 'System proxy: off ("Use system proxy" / --proxy), so the connection was direct.'],
    [true, {}, https, 'System proxy: on, but neither HTTPS_PROXY nor HTTP_PROXY is set, so the connection was direct.'],
    [
      true,
      { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:1' },
      https,
      'System proxy: on, through http://lower:1 (https_proxy).',
    ],
    [true, { HTTP_PROXY: 'http://only-http:8080' }, https, 'System proxy: on, through http://only-http:8080 (HTTP_PROXY).'],
    [
      true,
      { HTTPS_PROXY: 'http://s:1' },
      'http://127.0.0.1:8443',
      'System proxy: on, but no HTTP_PROXY is set, so the connection was direct.',
    ],
  ])('proxy %s with %j for %s', (on, env, apiBase, text) => {
    expect(describeProxy(readProxySetting(on, env), apiBase)).toBe(text);
  });

  test.each([
    ['http://user:pa55@proxy.corp:3128', 'http://proxy.corp:3128'],
    ['user:pa55@proxy.corp:3128', 'proxy.corp:3128'],
    ['http://proxy.corp:3128/', 'http://proxy.corp:3128/'],
  ])('%s is shown as %s', (url, shown) => expect(withoutCredentials(url)).toBe(shown));
});

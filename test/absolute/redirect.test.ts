import { createServer } from 'node:http';
import { AbsoluteClient } from '../../Integrations/Absolute/src/absolute/client';
import { AbsoluteConfigError } from '../../Integrations/Absolute/src/absolute/errors';
import { listenOnLoopback, type Listening } from '../support/loopback';
import { json, startScriptedServer } from '../support/scripted-server';

/**
 * A signed request goes only to the configured host: a 3xx is not followed (to another server that
 * would happily answer), is not taken for a success, is not retried, and says what happened.
 */
let target: Listening;
let targetHits = 0;

beforeAll(async () => {
  target = await listenOnLoopback(
    createServer((req, res) => {
      targetHits++;
      req.resume();
      json(res, 200, { data: [{ deviceUid: 'from-the-redirect-target' }] });
    }),
  );
});
afterAll(() => target.close());
beforeEach(() => {
  targetHits = 0;
});

test.each([301, 302, 303, 307, 308])('HTTP %i to another server: not followed, one request, a clear error', async (status) => {
  const location = `${target.url}/jws/validate`;
  const server = await startScriptedServer((_seen, _i, res) => {
    res.writeHead(status, { location });
    res.end();
  });
  const client = new AbsoluteClient({
    serverUrl: server.url,
    tokenId: 'token-id',
    secretKey: 'a-secret-key-for-the-test',
    requestsPerSecond: 0,
    sleep: async () => undefined,
  });
  try {
    const error = await client.request({ method: 'GET', path: '/v3/reporting/devices' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AbsoluteConfigError);
    expect((error as AbsoluteConfigError).message).toBe(
      `${server.url} answered with a redirect (HTTP ${status} to ${location}) instead of an API reply; redirects are not followed.`,
    );
    expect((error as AbsoluteConfigError).suggestion).toMatch(/server URL is the Absolute console or API URL of your region/);
    expect({ sent: server.seen.length, followed: targetHits }).toEqual({ sent: 1, followed: 0 });
  } finally {
    await client.close();
    await server.close();
  }
});

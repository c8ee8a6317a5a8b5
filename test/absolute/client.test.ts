import { AbsoluteClient } from '../../Integrations/Absolute/src/absolute/client';
import { AbsoluteApiError, AbsoluteConnectionError } from '../../Integrations/Absolute/src/absolute/errors';
import { createdSchema } from '../../Integrations/Absolute/src/absolute/api/types';
import { json, startScriptedServer, type Reply } from '../support/scripted-server';

const SECRET = 'test-secret-key-value-0123456789abcdef';

async function withServer(
  reply: Reply,
  run: (client: AbsoluteClient, seen: Awaited<ReturnType<typeof startScriptedServer>>['seen'], sleeps: number[]) => Promise<void>,
) {
  const server = await startScriptedServer(reply);
  let clock = 1_700_000_000_000;
  const sleeps: number[] = [];
  const client = new AbsoluteClient({
    serverUrl: server.url,
    tokenId: 'token-id',
    secretKey: SECRET,
    now: () => (clock += 7),
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    random: () => 0,
    requestsPerSecond: 0,
  });
  try {
    await run(client, server.seen, sleeps);
  } finally {
    await client.close();
    await server.close();
  }
}

describe('AbsoluteClient transport', () => {
  test('sends every logical request as POST /jws/validate with a text/plain JWS naming method, uri and query', async () => {
    await withServer(
      (_s, _i, res) => json(res, 200, { data: [{ deviceUid: 'a' }] }),
      async (client, seen) => {
        const response = await client.request({
          method: 'GET',
          path: '/v3/reporting/devices',
          query: { select: 'deviceUid,esn', pageSize: 1 },
        });
        expect(response.data).toEqual([{ deviceUid: 'a' }]);
        expect(seen[0]).toMatchObject({
          httpMethod: 'POST',
          httpPath: '/jws/validate',
          contentType: 'text/plain',
          method: 'GET',
          uri: '/v3/reporting/devices',
          query: 'select=deviceUid%2Cesn&pageSize=1',
          kid: 'token-id',
          alg: 'HS256',
          data: {},
        });
      },
    );
  });

  test('a body travels as payload.data; 202/204 without a body give undefined data', async () => {
    await withServer(
      (_s, _i, res) => {
        res.writeHead(202);
        res.end();
      },
      async (client, seen) => {
        const response = await client.request({ method: 'PUT', path: '/v3/x', body: [{ cdfUid: 'u', cdfFieldValue: 'v' }] });
        expect(response).toMatchObject({ status: 202, data: undefined, nextPage: undefined });
        expect(typeof response.serverDateMs).toBe('number');
        expect(seen[0]?.data).toEqual([{ cdfUid: 'u', cdfFieldValue: 'v' }]);
      },
    );
  });

  test('GET is retried on 503 then succeeds; every attempt is signed afresh with a new issuedAt', async () => {
    await withServer(
      (_s, i, res) =>
        i < 2 ? json(res, 503, { code: 'SERVICE_UNAVAILABLE', message: 'service temporarily unavailable' }) : json(res, 200, { data: [] }),
      async (client, seen, sleeps) => {
        await client.request({ method: 'GET', path: '/v3/reporting/devices' });
        expect(seen).toHaveLength(3);
        expect(new Set(seen.map((s) => s.issuedAt)).size).toBe(3);
        expect(sleeps).toEqual([500, 1000]);
      },
    );
  });

  test('Retry-After on a 429 is honoured', async () => {
    await withServer(
      (_s, i, res) =>
        i === 0 ? json(res, 429, { code: 'RATE_LIMITED', message: 'rate-limited' }, { 'retry-after': '2' }) : json(res, 200, { data: [] }),
      async (client, _seen, sleeps) => {
        await client.request({ method: 'GET', path: '/v3/reporting/devices' });
        expect(sleeps).toEqual([2000]);
      },
    );
  });

  test('a POST that got 503 is never sent twice (it may have been processed)', async () => {
    await withServer(
      (_s, _i, res) => json(res, 503, { code: 'SERVICE_UNAVAILABLE', message: 'down' }),
      async (client, seen) => {
        await expect(client.request({ method: 'POST', path: '/v3/actions/requests/freeze', body: {} })).rejects.toBeInstanceOf(
          AbsoluteApiError,
        );
        expect(seen).toHaveLength(1);
      },
    );
  });

  test('a read sent as POST (get-actions) is retried like a GET', async () => {
    await withServer(
      (_s, i, res) => (i === 0 ? json(res, 503, { code: 'SERVICE_UNAVAILABLE', message: 'down' }) : json(res, 200, { data: [] })),
      async (client, seen) => {
        await client.request({ method: 'POST', path: '/v3/actions/wipe/get-actions', body: { deviceUids: [] }, readOnly: true });
        expect(seen).toHaveLength(2);
      },
    );
  });

  test('a POST refused with 429 is re-sent: the API did no work', async () => {
    await withServer(
      (_s, i, res) =>
        i === 0 ? json(res, 429, { code: 'RATE_LIMITED', message: 'rate-limited' }) : json(res, 200, { data: { requestUid: 'r' } }),
      async (client, seen) => {
        const response = await client.request({ method: 'POST', path: '/v3/actions/requests/freeze', body: {} }, createdSchema);
        expect(response.data?.requestUid).toBe('r');
        expect(seen).toHaveLength(2);
      },
    );
  });

  test('a connection reset after the request reached the server is not repeated for a POST', async () => {
    await withServer(
      (_s, _i, res) => res.socket?.destroy(),
      async (client, seen) => {
        await expect(client.request({ method: 'POST', path: '/v3/actions/requests/unenroll', body: {} })).rejects.toBeInstanceOf(
          AbsoluteConnectionError,
        );
        expect(seen).toHaveLength(1);
      },
    );
  });

  test('a connection reset on a GET is retried', async () => {
    await withServer(
      (_s, i, res) => (i === 0 ? res.socket?.destroy() : json(res, 200, { data: [1] })),
      async (client, seen) => {
        const response = await client.request({ method: 'GET', path: '/v3/reporting/devices' });
        expect(response.data).toEqual([1]);
        expect(seen).toHaveLength(2);
      },
    );
  });

  test('retries stop after maxAttempts with the last error', async () => {
    await withServer(
      (_s, _i, res) => json(res, 502, {}),
      async (client, seen) => {
        await expect(client.request({ method: 'GET', path: '/v3/x' })).rejects.toMatchObject({ status: 502 });
        expect(seen).toHaveLength(4);
      },
    );
  });

  test('API errors carry status, code, message and details — and never the secret or the JWS', async () => {
    await withServer(
      (_s, _i, res) =>
        json(res, 400, {
          code: 'VALIDATION_ERROR',
          message: 'invalid request',
          details: [{ field: 'deviceUids', message: 'too many', code: 'INVALID_VALUE' }],
        }),
      async (client) => {
        const error = await client.request({ method: 'POST', path: '/v3/actions/requests/freeze', body: {} }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AbsoluteApiError);
        const apiError = error as AbsoluteApiError;
        expect(apiError).toMatchObject({
          status: 400,
          code: 'VALIDATION_ERROR',
          apiMessage: 'invalid request',
          operation: 'POST /v3/actions/requests/freeze',
        });
        expect(apiError.message).toContain('deviceUids too many (INVALID_VALUE)');
        const everything = `${apiError.message} ${apiError.suggestion} ${JSON.stringify(apiError)} ${apiError.stack}`;
        expect(everything).not.toContain(SECRET);
        expect(everything).not.toMatch(/eyJ[A-Za-z0-9_-]+\./);
      },
    );
  });

  test('401 comes with advice about token, region and clock', async () => {
    await withServer(
      (_s, _i, res) => json(res, 401, { code: 'NOT_AUTHENTICATED', message: 'not authenticated', details: [] }),
      async (client, seen) => {
        const error = (await client.request({ method: 'GET', path: '/v3/x' }).catch((e: unknown) => e)) as AbsoluteApiError;
        expect(error.status).toBe(401);
        expect(error.suggestion).toMatch(/Token ID and Secret Key.*region.*clock/);
        expect(seen).toHaveLength(1);
      },
    );
  });

  test('malformed JSON and HTML bodies become clear response errors', async () => {
    await withServer(
      (_s, i, res) => {
        if (i === 0) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"data": [1, 2');
        } else {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end('<html>proxy login</html>');
        }
      },
      async (client) => {
        await expect(client.request({ method: 'POST', path: '/v3/x' })).rejects.toEqual(
          expect.objectContaining({
            name: 'AbsoluteResponseError',
            status: 200,
            message: 'Absolute returned malformed or truncated JSON (HTTP 200) to POST /v3/x.',
          }),
        );
        await expect(client.request({ method: 'POST', path: '/v3/x' })).rejects.toThrow(/a text\/html document/);
      },
    );
  });

  test('an unreachable host is a connection error that is safe to retry', async () => {
    const client = new AbsoluteClient({
      serverUrl: 'http://127.0.0.1:1',
      tokenId: 't',
      secretKey: 's',
      requestsPerSecond: 0,
      sleep: async () => undefined,
      retry: { maxAttempts: 2 },
    });
    const error = await client.request({ method: 'POST', path: '/v3/x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbsoluteConnectionError);
    expect((error as AbsoluteConnectionError).safeToRetry).toBe(true);
    await client.close();
  });

  test('empty credentials are configuration errors before any request', () => {
    expect(() => new AbsoluteClient({ serverUrl: 'https://cc.absolute.com', tokenId: ' ', secretKey: 'x' })).toThrow(/Token ID is empty/);
    expect(() => new AbsoluteClient({ serverUrl: 'https://cc.absolute.com', tokenId: 't', secretKey: '' })).toThrow(/Secret Key is empty/);
  });
});

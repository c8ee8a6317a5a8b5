import { ES256_KEY, startTestApi, type TestApi } from './support/api-client';

let api: TestApi;
afterEach(() => api.close());

const devices = () => api.get('/v3/reporting/devices', { pageSize: '1' });

test('20 requests per token per second, then 429 RATE_LIMITED without Retry-After', async () => {
  api = await startTestApi({ fleetSize: 5, rateLimitPerSecond: 20 });
  for (let i = 0; i < 20; i++) expect((await devices()).status).toBe(200);
  const limited = await devices();
  expect(limited.status).toBe(429);
  expect(limited.json).toEqual({ code: 'RATE_LIMITED', message: 'rate-limited', details: [] });
  expect(limited.headers['retry-after']).toBeUndefined();
  expect((await api.get('/v3/reporting/devices', { pageSize: '1' }, ES256_KEY)).status).toBe(200);
  expect(api.sim.stats()).toMatchObject({ rateLimited: 1, responses429: 1 });
});

test('the window slides with the clock', async () => {
  api = await startTestApi({ fleetSize: 5, rateLimitPerSecond: 4 });
  await devices();
  await devices();
  api.clock.advance(500);
  await devices();
  await devices();
  expect((await devices()).status).toBe(429);
  api.clock.advance(499);
  expect((await devices()).status).toBe(429);
  api.clock.advance(1);
  expect((await devices()).status).toBe(200);
  expect((await devices()).status).toBe(200);
  expect((await devices()).status).toBe(429);
});

test('rateLimitPerSecond: false disables the limiter; unauthenticated requests are not counted', async () => {
  api = await startTestApi({ fleetSize: 5, rateLimitPerSecond: false });
  for (let i = 0; i < 40; i++) expect((await devices()).status).toBe(200);
  await api.close();
  api = await startTestApi({ fleetSize: 5, rateLimitPerSecond: 2 });
  for (let i = 0; i < 5; i++)
    expect((await api.call({ method: 'GET', uri: '/v3/reporting/devices' }, { overrides: { issuedAt: 1 } })).status).toBe(401);
  expect((await devices()).status).toBe(200);
  expect((await devices()).status).toBe(200);
  expect((await devices()).status).toBe(429);
});

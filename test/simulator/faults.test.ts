import { DEMO_DEVICE } from '../../simulator';
import { bodyOf, HS256_KEY, rawPost, startTestApi, type ErrorBody, type Page, type TestApi } from './support/api-client';
import { signJws } from './support/sign-jws';

let api: TestApi;
beforeEach(async () => {
  api = await startTestApi({ fleetSize: 30 });
});
afterEach(() => api.close());

const freezeBody = {
  requestTitle: 'fault test',
  deviceUids: [DEMO_DEVICE.deviceUid],
  freezeDefinition: { deviceFreezeType: 'OnDemand' },
  passcodeDefinition: { option: 'RandomForAll' },
  message: 'm',
  messageName: 'n',
};
const devices = () => api.get('/v3/reporting/devices', { pageSize: '3' });
const faults = () => api.sim.stats().faultsInjected;

test('latencyMs and stallMs delay the answer but do not change it', async () => {
  api.sim.setFaults({ latencyMs: 20 });
  expect((await devices()).status).toBe(200);
  api.sim.setFaults({ stallMs: 20 });
  expect((await devices()).status).toBe(200);
  expect(faults()).toMatchObject({ latency: 1, stall: 1 });
});

test('errorRate answers with server errors and the documented bodies', async () => {
  api.sim.setFaults({ errorRate: 1 });
  const statuses = new Set<number>();
  for (let i = 0; i < 12; i++) {
    const res = await devices();
    statuses.add(res.status);
    expect(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']).toContain(bodyOf<ErrorBody>(res).code);
  }
  expect([...statuses].sort()).toEqual([500, 502, 503]);
  api.sim.setFaults({ errorRate: 1, errorStatuses: [502] });
  expect((await devices()).status).toBe(502);
  expect(faults().error).toBe(13);
});

test('status429Rate answers 429, with Retry-After only when configured', async () => {
  api.sim.setFaults({ status429Rate: 1 });
  const plain = await devices();
  expect(plain.status).toBe(429);
  expect(plain.headers['retry-after']).toBeUndefined();
  api.sim.setFaults({ status429Rate: 1, retryAfterSeconds: 7 });
  const hinted = await devices();
  expect(bodyOf<ErrorBody>(hinted).code).toBe('RATE_LIMITED');
  expect(hinted.headers['retry-after']).toBe('7');
  expect(api.sim.stats()).toMatchObject({ responses429: 2, rateLimited: 0, faultsInjected: { status429: 2 } });
});

test('resetBeforeRate drops the connection before anything happens', async () => {
  api.sim.setFaults({ resetBeforeRate: 1 });
  await expect(api.post('/v3/actions/requests/freeze', freezeBody)).rejects.toThrow();
  expect(api.sim.state.freeze.requests.size).toBe(0);
  expect(api.sim.stats()).toMatchObject({
    faultsInjected: { resetBefore: 1 },
    requestsByStatus: { reset: 1 },
    actionsCreated: { freeze: 0 },
  });
});

test('resetAfterRate processes the request (the freeze exists) and then drops the connection', async () => {
  api.sim.setFaults({ resetAfterRate: 1 });
  await expect(api.post('/v3/actions/requests/freeze', freezeBody)).rejects.toThrow();
  expect(api.sim.state.freeze.requests.size).toBe(1);
  expect(api.sim.stats()).toMatchObject({ faultsInjected: { resetAfter: 1 }, actionsCreated: { freeze: 1 } });
});

test('malformed, truncated and HTML bodies', async () => {
  const clean = await devices();
  api.sim.setFaults({ malformedJsonRate: 1 });
  const malformed = await devices();
  expect(malformed.status).toBe(200);
  expect((): unknown => JSON.parse(malformed.text)).toThrow();
  api.sim.setFaults({ truncatedJsonRate: 1 });
  const truncated = await devices();
  expect(truncated.text).toBe(clean.text.slice(0, Math.floor(clean.text.length / 2)));
  expect((): unknown => JSON.parse(truncated.text)).toThrow();
  api.sim.setFaults({ wrongContentTypeRate: 1 });
  const html = await devices();
  expect(html.status).toBe(200);
  expect(html.headers['content-type']).toMatch(/^text\/html/);
  expect(html.text).toMatch(/^<!DOCTYPE html>/);
  expect(faults()).toMatchObject({ malformedJson: 1, truncatedJson: 1, wrongContentType: 1 });
});

test("cursorMode 'repeat' hands back the same cursor forever; 'vanish' drops it early", async () => {
  const first = await devices();
  const cursor = bodyOf<Page>(first).metadata?.pagination?.nextPage;
  if (cursor === undefined) throw new Error('the first page carries no nextPage');
  api.sim.setFaults({ cursorMode: 'repeat' });
  const second = await api.get('/v3/reporting/devices', { pageSize: '3', nextPage: cursor });
  expect(bodyOf<Page>(second).metadata?.pagination?.nextPage).toBe(cursor);
  const third = await api.get('/v3/reporting/devices', { pageSize: '3', nextPage: cursor });
  expect(bodyOf<Page>(third).data).toEqual(bodyOf<Page>(second).data);
  api.sim.setFaults({ cursorMode: 'vanish' });
  const vanished = await devices();
  expect(bodyOf<Page>(vanished).data).toHaveLength(3);
  expect(bodyOf<Page>(vanished).metadata).toBeUndefined();
  expect(faults()).toMatchObject({ cursorRepeat: 2, cursorVanish: 1 });
});

test('forbiddenRoutes answers 403 for the listed routes only (template or concrete uri)', async () => {
  const message = bodyOf<Page<{ messageUid: string }>>(await api.get('/v3/actions/freeze/messages')).data[0]?.messageUid;
  if (message === undefined) throw new Error('the simulator lists no freeze message');
  api.sim.setFaults({ forbiddenRoutes: ['GET /v3/reporting/applications', `GET /v3/actions/freeze/messages/${message}`] });
  expect((await api.get('/v3/reporting/applications')).json).toEqual({ code: 'NOT_AUTHORIZED', message: 'not authorized', details: [] });
  expect((await api.get(`/v3/actions/freeze/messages/${message}`)).status).toBe(403);
  expect((await devices()).status).toBe(200);
  expect(faults().forbiddenRoute).toBe(2);
});

test('clockSkewMs shifts the server clock used for the issuedAt check', async () => {
  api.sim.setFaults({ clockSkewMs: 1_000 });
  expect((await devices()).status).toBe(200);
  api.sim.setFaults({ clockSkewMs: 400_000 });
  expect((await devices()).status).toBe(401);
  api.sim.setFaults({ clockSkewMs: -400_000 });
  expect((await devices()).status).toBe(401);
  expect(faults().clockSkew).toBe(3);
});

test('onlyRoutes confines random faults to the listed routes', async () => {
  api.sim.setFaults({ errorRate: 1, onlyRoutes: ['POST /v3/actions/requests/freeze'] });
  expect((await devices()).status).toBe(200);
  expect((await api.post('/v3/actions/requests/freeze', freezeBody)).status).toBeGreaterThanOrEqual(500);
});

test('fault randomness is seeded: the same seed gives the same sequence', async () => {
  const run = async (seed: number) => {
    api.sim.setFaults({ seed, errorRate: 0.5, status429Rate: 0.2 });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await devices()).status);
    return statuses;
  };
  const a = await run(1234);
  const b = await run(1234);
  expect(a).toEqual(b);
  expect(new Set(a).size).toBeGreaterThan(1);
  expect(await run(99)).not.toEqual(a);
});

test('faults on an unauthenticated request never hide the 401', async () => {
  api.sim.setFaults({ errorRate: 1 });
  const res = await rawPost(
    api.sim.url,
    signJws({ method: 'GET', uri: '/v3/reporting/devices' }, { ...HS256_KEY, secret: 'wrong' }, api.clock.now()),
  );
  expect(res.status).toBe(401);
});

import { AbsoluteClient } from '../../Integrations/Absolute/src/absolute/client';
import { AbsoluteTimeoutError } from '../../Integrations/Absolute/src/absolute/errors';
import type { RunningSimulator } from '../../simulator';
import { startTestSimulator } from '../support/harness';
import { FREEZE_ARGS } from './support/command-cases';
import { SUITE_CREDENTIALS, SUITE_TOKEN } from './support/credentials';

/**
 * The client's own timeouts (runInvocation only has the command budget): a stalled GET is retried
 * up to the attempt limit, a stalled write is sent once and reported as possibly carried out,
 * since the server may finish it after the client gave up.
 */
/**
 * undici checks header timeouts on a coarse timer (about 1 s, later under load), so the stall
 * outlasts that with room to spare.
 */
const STALL_MS = 3000;
let sim: RunningSimulator;

beforeEach(async () => {
  sim = await startTestSimulator({ tokens: [SUITE_TOKEN], faults: { stallMs: STALL_MS } });
});
afterEach(() => sim.close());

function client(): AbsoluteClient {
  let clock = Date.now();
  return new AbsoluteClient({
    // Two attempts show the retry and keep the wall time of this file down.
    retry: { maxAttempts: 2 },
    serverUrl: sim.url,
    tokenId: SUITE_CREDENTIALS.tokenId,
    secretKey: SUITE_CREDENTIALS.secret,
    headersTimeoutMs: 100,
    now: () => clock,
    sleep: async (ms) => void (clock += ms),
    requestsPerSecond: 0,
  });
}

/** Waits until every request stalled since `started` has been processed by the server. */
const settle = (started: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, started + STALL_MS + 100 - Date.now())));

test('a GET that times out is retried up to the attempt limit, then fails as a timeout', async () => {
  const c = client();
  const error = await c.request({ method: 'GET', path: '/v3/reporting/devices', query: { pageSize: 1 } }).catch((e: unknown) => e);
  await c.close();
  expect(error).toBeInstanceOf(AbsoluteTimeoutError);
  expect((error as Error).message).toMatch(/did not answer in time \(UND_ERR_HEADERS_TIMEOUT\)/);
  expect(c.requestCount).toBe(2);
  // A stall is counted when it starts, so both attempts show at once.
  expect(sim.stats().faultsInjected.stall).toBe(2);
});

test('a write that times out is sent once, creates one action at most, and says it may have been carried out', async () => {
  const c = client();
  const body = {
    requestTitle: FREEZE_ARGS.request_name,
    deviceUids: [sim.state.fleet.identity(1).deviceUid],
    freezeDefinition: { deviceFreezeType: 'OnDemand' },
    passcodeDefinition: { option: 'RandomForAll', length: 6 },
    message: 'x',
    messageName: 'y',
  };
  const started = Date.now();
  const error = await c.request({ method: 'POST', path: '/v3/actions/requests/freeze', body }).catch((e: unknown) => e);
  await c.close();
  expect(error).toBeInstanceOf(AbsoluteTimeoutError);
  expect((error as AbsoluteTimeoutError).suggestion).toMatch(/may have carried out POST \/v3\/actions\/requests\/freeze/);
  expect(c.requestCount).toBe(1);
  await settle(started);
  expect(sim.stats().actionsCreated.freeze).toBe(1);
});

import { DEMO_CREDENTIALS, type RunningSimulator } from '../../simulator';
import { invocation, paramsFor, runHere, startTestSimulator } from '../support/harness';

/**
 * A 401 tells the analyst what to check (Token ID, Secret Key, region, clock) and, when it
 * persists, to turn on the token's Authentication Debugging in the Absolute console: in
 * test-module, in every command, and when the cause is a skewed clock.
 */
const CHECKS = new RegExp(
  'Check the Token ID and Secret Key, that the server URL is the region where the token was created, ' +
    "that the token has not expired, and that this machine's clock is correct\\.",
);
const DEBUGGING =
  /If the 401 persists, enable Authentication Debugging for this token on the API Token Management page of the Absolute console/;

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
afterEach(() => sim.setFaults({}));

const wrongSecret = { credentials: { identifier: DEMO_CREDENTIALS.hs256.tokenId, password: 'not-the-secret-key-of-this-token' } };

async function failureText(command: string, args: Record<string, unknown>, params: Record<string, unknown> = {}): Promise<string> {
  const result = await runHere({ ...invocation(sim, command, args), params: paramsFor(sim, params) });
  expect(result.ok).toBe(false);
  return String(result.output.entries[0]?.Contents);
}

test.each([
  ['test-module', {}],
  ['absolute-device-list', { limit: '1' }],
  ['absolute-device-freeze-message-list', {}],
  ['absolute-device-get-events', { start_date: '5 minutes ago' }],
])('%s with a wrong Secret Key: the checks, then Authentication Debugging', async (command, args) => {
  const text = await failureText(command, args, wrongSecret);
  expect(text).toMatch(/401/);
  expect(text).toMatch(CHECKS);
  expect(text).toMatch(DEBUGGING);
});

test('test-module with a skewed clock names the skew first and still gives the advice', async () => {
  sim.setFaults({ clockSkewMs: 900_000 });
  const text = await failureText('test-module', {});
  expect(text).toMatch(/^Failed to execute test-module command\.\nError:\nAuthorization Error: Absolute rejected the request signature\./);
  expect(text).toMatch(/This machine's clock is \d+ s behind/);
  expect(text).toMatch(DEBUGGING);
});

test('absolute-health reports the advice for an unauthenticated token', async () => {
  const result = await runHere({ ...invocation(sim, 'absolute-health'), params: paramsFor(sim, wrongSecret) });
  expect(JSON.stringify(result.output.entries)).toMatch(DEBUGGING);
});

import type { RunningSimulator } from '../../simulator';
import { invocation, paramsFor, runHere, startTestSimulator } from '../support/harness';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator({ faults: { stallMs: 3000, stallRate: 1 } });
});
afterAll(() => sim.close());

test('a command past its time budget fails saying so, and how far it got', async () => {
  const run = await runHere(
    { ...invocation(sim, 'absolute-device-list', {}), params: paramsFor(sim, { command_timeout_seconds: 0.2 }) },
    { sleep: undefined },
  );
  expect(run.ok).toBe(false);
  expect(run.output.entries[0]?.Contents).toMatch(
    /^Failed to execute absolute-device-list command\.\nError:\nThe command ran out of its time budget of 0\.2 s \(command_timeout_seconds\)\. It had sent 1 API request\(s\); the one in flight was cut off\.\nLast error: /,
  );
});

import { runInvocation } from '../../Integrations/Absolute/src/runtime/run-invocation';
import { SUITE_CREDENTIALS } from '../faults/support/credentials';
import { unclearFailure } from '../faults/support/failure-shape';
import { startHttpsServer } from './support/https-server';
import { findLeaks } from './support/leaks';
import { selfSignedCertificate } from './support/self-signed';

/**
 * TLS certificate checks are on by default: a loopback HTTPS server with a self-signed certificate
 * (generated here, nothing committed) is refused with a clear certificate error and gets no
 * request, unless the instance says "Trust any certificate" (insecure: true).
 */
let server: Awaited<ReturnType<typeof startHttpsServer>>;
beforeAll(async () => {
  server = await startHttpsServer(selfSignedCertificate());
});
afterAll(() => server.close());

function run(extra: Record<string, unknown>, sleeps: number[] = []) {
  return runInvocation(
    {
      command: 'absolute-device-list',
      params: { url: server.url, credentials: { identifier: SUITE_CREDENTIALS.tokenId, password: SUITE_CREDENTIALS.secret }, ...extra },
      args: { limit: '1' },
    },
    { sleep: async (ms) => void sleeps.push(ms), log: () => undefined },
  );
}

test('by default the self-signed certificate is refused: clear error, nothing sent, no retries', async () => {
  const before = server.requests();
  const sleeps: number[] = [];
  const result = await run({}, sleeps);
  expect(result.ok).toBe(false);
  expect(unclearFailure(result.output.entries, 'absolute-device-list')).toEqual([]);
  const message = String(result.output.entries[0]?.Contents);
  expect(message).toContain(`The TLS certificate of ${server.url} could not be verified (DEPTH_ZERO_SELF_SIGNED_CERT); nothing was sent.`);
  expect(message).toContain('Trust any certificate');
  expect(server.requests() - before).toBe(0);
  // A certificate does not get better by retrying: at most rate-limiter spacing, no backoff waits.
  expect(sleeps.filter((ms) => ms >= 250)).toEqual([]);
  expect(findLeaks(JSON.stringify(result.output), SUITE_CREDENTIALS)).toEqual([]);
});

test.each([[false], ['false'], [''], [null]])('insecure=%j keeps the check on', async (insecure) => {
  const result = await run({ insecure });
  expect(result.ok).toBe(false);
  expect(String(result.output.entries[0]?.Contents)).toContain('could not be verified');
});

test.each([[true], ['true']])('insecure=%j ("Trust any certificate") accepts it', async (insecure) => {
  const before = server.requests();
  const result = await run({ insecure });
  expect(result.output.entries[0]?.Type).toBe(1);
  expect(result.ok).toBe(true);
  expect(server.requests() - before).toBe(1);
});

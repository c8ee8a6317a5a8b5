import { MockAgent } from 'undici';
import { REGIONS } from '../../Integrations/Absolute/src/absolute/regions';
import { runInvocation } from '../../Integrations/Absolute/src/runtime/run-invocation';
import { SUITE_CREDENTIALS } from '../faults/support/credentials';
import { unclearFailure } from '../faults/support/failure-shape';
import { findLeaks } from './support/leaks';

/**
 * The server URL may only name Absolute's regional hosts (console or API, https, no port, path,
 * query, fragment or credentials) or loopback (the simulator). Everything else is refused before
 * any connection. Hermetic: an undici MockAgent with network access off stands in for the hosts.
 */
function agentFor(origin: string): MockAgent {
  const agent = new MockAgent();
  agent.disableNetConnect();
  agent
    .get(origin)
    .intercept({ path: '/jws/validate', method: 'POST' })
    .reply(200, { data: [] }, { headers: { 'content-type': 'application/json' } });
  return agent;
}

async function runWith(url: string, agent: MockAgent) {
  return runInvocation(
    {
      command: 'absolute-device-list',
      params: { url, credentials: { identifier: SUITE_CREDENTIALS.tokenId, password: SUITE_CREDENTIALS.secret } },
      args: { limit: '1' },
    },
    { dispatcher: agent, sleep: async () => undefined, log: () => undefined },
  );
}

const ACCEPTED: Array<[string, string]> = [
  ...REGIONS.flatMap((r): Array<[string, string]> => [
    [`https://${r.consoleHost}`, `https://${r.apiHost}`],
    [`https://${r.consoleHost}/`, `https://${r.apiHost}`],
    [`https://${r.apiHost}`, `https://${r.apiHost}`],
    [` HTTPS://${r.consoleHost.toUpperCase()}/ `, `https://${r.apiHost}`],
  ]),
  ['http://127.0.0.1:8443', 'http://127.0.0.1:8443'],
  ['http://localhost:8443/', 'http://localhost:8443'],
  ['http://[::1]:8443', 'http://[::1]:8443'],
  ['https://127.0.0.1:9', 'https://127.0.0.1:9'],
];

test.each(ACCEPTED)('%j is accepted and reaches %s', async (url, origin) => {
  const agent = agentFor(origin);
  const result = await runWith(url, agent);
  expect({ ok: result.ok, text: result.output.entries[0]?.HumanReadable }).toEqual({
    ok: true,
    text: expect.stringContaining('No devices found') as unknown,
  });
  agent.assertNoPendingInterceptors();
  await agent.close();
});

const REFUSED: string[] = [
  'http://cc.absolute.com',
  'http://api.us.absolute.com',
  'https://evil.example',
  'https://cc.absolute.com.evil.example',
  'https://evil.example/cc.absolute.com',
  'https://evil.example?h=cc.absolute.com',
  'https://evil.example#cc.absolute.com',
  'https://cc.absolute.com@evil.example',
  'https://cc.absolute.com%2F@evil.example',
  'https://cc.absolute.com\\@evil.example',
  `https://user:${SUITE_CREDENTIALS.secret}@cc.absolute.com`,
  'https://cc.absolute.com:8443',
  'https://cc.absolute.com:443x',
  'https://cc.absolute.com/api',
  'https://cc.absolute.com/?x=1',
  'https://cc.absolute.com/#x',
  'https://cc.absolute.com/..%2F',
  'https://absolute.com',
  'https://www.absolute.com',
  'https://api.absolute.com.',
  'https://cc.absolute.co',
  'https://cc.absolutegov.com',
  'https://c\u0441.absolute.com',
  'https://xn--cc-absolute-9za.com',
  'https://10.0.0.1',
  'https://169.254.169.254',
  'http://169.254.169.254/latest/meta-data',
  'http://0.0.0.0:8443',
  'http://[::ffff:7f00:1]:8443',
  'http://localhost.evil.example',
  'http://127.0.0.1.nip.io',
  'ftp://127.0.0.1',
  'ws://127.0.0.1:8443',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/plain,x',
  'cc.absolute.com',
  '//cc.absolute.com',
  'https://',
  'https:///cc.absolute.com/x',
];

test.each(REFUSED.map((u) => [u]))('%j is refused before any connection', async (url) => {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const result = await runWith(url, agent);
  expect(result.ok).toBe(false);
  expect(unclearFailure(result.output.entries, 'absolute-device-list')).toEqual([]);
  expect(String(result.output.entries[0]?.Contents)).toMatch(/is not an Absolute console or API URL/);
  expect(findLeaks(JSON.stringify(result.output), SUITE_CREDENTIALS)).toEqual([]);
  await agent.close();
});

test.each([[''], ['   '], [null], [42]])('a missing or non-text URL (%j) is a clear parameter error', async (url) => {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const result = await runWith(url as string, agent);
  expect(result.ok).toBe(false);
  expect(String(result.output.entries[0]?.Contents)).toContain('Invalid instance parameter "url"');
  await agent.close();
});

import { DEMO_CREDENTIALS, DEMO_DEVICE } from '../../simulator';
import * as cli from '../../simulator/cli';
import { bodyOf, startTestApi, type Page } from './support/api-client';
import { itemAt } from './support/items';

test('stats count requests by route template and status, actions by kind, and are snapshots', async () => {
  const api = await startTestApi({ fleetSize: 10 });
  try {
    await api.get('/v3/reporting/devices');
    await api.get('/v3/reporting/devices', { pageSize: '0' });
    await api.get('/v3/actions/freeze/messages');
    const uid = itemAt(bodyOf<Page<{ messageUid: string }>>(await api.get('/v3/actions/freeze/messages')).data).messageUid;
    await api.get(`/v3/actions/freeze/messages/${uid}`);
    await api.post('/v3/actions/requests/unenroll', { deviceUids: [DEMO_DEVICE.deviceUid] });
    await api.call({ method: 'GET', uri: '/v3/reporting/devices' }, { overrides: { issuedAt: 0 } });
    const before = api.sim.stats();
    expect(before).toMatchObject({
      requestsTotal: 7,
      requestsByRoute: {
        'GET /v3/reporting/devices': 2,
        'GET /v3/actions/freeze/messages': 2,
        'GET /v3/actions/freeze/messages/{messageUid}': 1,
        'POST /v3/actions/requests/unenroll': 1,
        'POST /jws/validate': 1,
      },
      requestsByStatus: { '200': 5, '400': 1, '401': 1 },
      actionsCreated: { unenroll: 1, freeze: 0, removeFreeze: 0, wipe: 0, messageCreate: 0, cdfUpdate: 0 },
      faultsTotal: 0,
      rateLimited: 0,
    });
    await api.get('/v3/reporting/devices');
    expect(before.requestsTotal).toBe(7);
    expect(api.sim.stats().requestsTotal).toBe(8);
  } finally {
    await api.close();
  }
});

test('setClock swaps the clock at runtime', async () => {
  const api = await startTestApi({ fleetSize: 5, actionProgressMs: 1000 });
  try {
    await api.post('/v3/actions/requests/unenroll', { deviceUids: [DEMO_DEVICE.deviceUid] });
    const later = api.clock.ms + 10_000;
    api.sim.setClock(() => later);
    expect(api.sim.state.device(DEMO_DEVICE.deviceUid)?.agentStatus).toBe('D');
  } finally {
    await api.close();
  }
});

test('the CLI module exports the library entry points and parses its flags', () => {
  expect(cli.startSimulator).toBeInstanceOf(Function);
  expect(cli.DEMO_CREDENTIALS).toBe(DEMO_CREDENTIALS);
  expect(cli.parseCliArgs(['--port', '8443', '--host', '0.0.0.0', '--fleet-size', '100000', '--seed', '7', '--rate-limit', 'off'])).toEqual(
    {
      help: false,
      host: '0.0.0.0',
      port: 8443,
      fleetSize: 100000,
      seed: 7,
      rateLimit: false,
      strict: false,
      printEs256Key: false,
    },
  );
  expect(cli.parseCliArgs(['--help']).help).toBe(true);
  expect(cli.parseCliArgs(['--rate-limit', '5', '--print-es256-key'])).toMatchObject({ rateLimit: 5, printEs256Key: true, port: 8443 });
  expect(() => cli.parseCliArgs(['--rate-limit', '0'])).toThrow(/rate-limit/);
  expect(() => cli.parseCliArgs(['--port'])).toThrow(/needs a value/);
  expect(() => cli.parseCliArgs(['--verbose'])).toThrow(/unknown option/);
});

test('the demo credentials have the documented shapes', () => {
  expect(DEMO_CREDENTIALS.hs256.tokenId).toMatch(/^[0-9a-f-]{36}$/);
  expect(DEMO_CREDENTIALS.hs256.secretKey).toMatch(/^[A-Za-z0-9+/]{86}==$/);
  expect(DEMO_CREDENTIALS.es256.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
  expect(DEMO_CREDENTIALS.es256.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
});

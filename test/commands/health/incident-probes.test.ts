import { DEMO_CREDENTIALS } from '../../../simulator';
import { requiredPermission } from '../../../Integrations/Absolute/src/absolute/permissions';
import { PROBES } from '../../../Integrations/Absolute/src/commands/health/probes';
import { invocation, runHere, startTestSimulator } from '../../support/harness';

const rowsOf = (run: Awaited<ReturnType<typeof runHere>>) =>
  run.output.entries[0]?.EntryContext?.['Absolute.Health(val.Feature && val.Feature == obj.Feature)'] as Array<Record<string, string>>;

describe('absolute-health: missing devices, end-user messages, device groups, Reach and file delete', () => {
  test('a token without those permissions is told which ones it lacks; device groups need none', async () => {
    const sim = await startTestSimulator({
      tokens: [
        { tokenId: DEMO_CREDENTIALS.hs256.tokenId, alg: 'HS256', secret: DEMO_CREDENTIALS.hs256.secretKey, permissions: ['devices.view'] },
      ],
    });
    try {
      const rows = rowsOf(await runHere(invocation(sim, 'absolute-health')));
      const byFeature = Object.fromEntries(rows.map((r) => [r['Feature'] ?? '', r]));
      expect(byFeature['Missing devices']).toMatchObject({
        Status: 'Missing permission',
        Permission: 'View on Missing Device (Manage to report missing or found)',
      });
      expect(byFeature['End-user messages']).toMatchObject({
        Status: 'Missing permission',
        Permission: 'View on Send Message (Manage to send)',
      });
      expect(byFeature['Device groups']).toMatchObject({ Status: 'OK' });
      expect(byFeature['Reach scripts']?.['Permission']).toBe('Run on Reach Script (an Absolute Resilience licence)');
      expect(byFeature['File delete']?.['Permission']).toBe('View/Perform on Delete File');
    } finally {
      await sim.close();
    }
  });

  test('with every permission the new features read OK', async () => {
    const sim = await startTestSimulator();
    try {
      const rows = rowsOf(await runHere(invocation(sim, 'absolute-health')));
      const status = Object.fromEntries(rows.map((r) => [r['Feature'] ?? '', r['Status']]));
      expect(status).toMatchObject({ 'Missing devices': 'OK', 'End-user messages': 'OK', 'Device groups': 'OK' });
    } finally {
      await sim.close();
    }
  });

  test('the probes only read', () => {
    for (const probe of PROBES) {
      const request = probe.request(0);
      expect({ feature: probe.feature, method: request.method }).toEqual({ feature: probe.feature, method: 'GET' });
    }
  });
});

describe("the permission a 403 names, per the reference's Permissions notes", () => {
  test.each([
    ['GET /v3/tracking/device-missing/missing', 'View on Missing Device'],
    ['POST /v3/tracking/device-missing/missing', 'Manage on Missing Device'],
    ['POST /v3/tracking/device-missing/found', 'Manage on Missing Device'],
    ['POST /v3/actions/requests/eum', 'Manage on Send Message'],
    ['GET /v3/actions/requests/eum/3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61', 'View on Send Message'],
    ['POST /v3/actions/eum/get-actions/3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61', 'View on Send Message'],
    ['GET /v3/actions/eum/messages', 'View on Send Message'],
    ['GET /v3/actions/reach/scripts', 'Run on Reach Script'],
    ['POST /v3/actions/requests/reach', 'Run on Reach Script'],
    ['POST /v3/actions/requests/file-delete', 'Perform on Delete File'],
    ['POST /v3/actions/file-delete/cancel-actions/x', 'Perform on Delete File'],
    ['POST /v3/actions/file-delete/get-actions', 'View on Delete File'],
    ['GET /v3/actions/requests/file-delete', 'View on Delete File'],
    ['POST /v3/actions/requests/wipe', 'Perform on Wipe Device'],
    ['POST /v3/actions/wipe/get-actions', 'View on Wipe Device'],
    ['GET /v3/actions/requests/unenroll', 'Perform on Unenroll Device'],
    ['POST /v3/actions/unenroll/get-actions', 'View on Unenroll Device'],
    ['GET /v3/actions/freeze/requests/x', 'Perform on Freeze Device and on Remove Freeze'],
    ['POST /v3/actions/freeze/messages', 'View on Freeze Device'],
    ['GET /v3/configurations/customfields/definitions', 'Manage on Device Field Definition'],
    ['GET /v3/reporting/devices', 'View on Device reports'],
  ])('%s needs %s', (operation, permission) => {
    expect(requiredPermission(operation)).toBe(permission);
  });

  test('device groups name no permission', () => {
    expect(requiredPermission('GET /v3/configurations/device-groups/groups')).toBeUndefined();
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_DEVICE, readStateFile, startSimulator, writeStateFile, type RunningSimulator, type SimulatorSnapshot } from '../../simulator';
import { invocation, runHere } from '../support/harness';

const NOW = Date.parse('2026-11-01T12:00:00.000Z');

async function act(sim: RunningSimulator, command: string, args: Record<string, unknown>) {
  const result = await runHere(invocation(sim, command, args), { now: () => NOW });
  if (!result.ok) throw new Error(`${command} failed: ${JSON.stringify(result.output.entries[0]?.Contents)}`);
  return result.output.entries;
}

/** What the API shows of the tenant: enough to tell whether a restart forgot anything. */
async function apiView(sim: RunningSimulator) {
  const messages = await act(sim, 'absolute-device-freeze-message-list', {});
  const wipes = await act(sim, 'absolute-wipe-request-list', {});
  const device = await act(sim, 'absolute-device-get', { device_ids: DEMO_DEVICE.deviceUid });
  return JSON.stringify([messages, wipes, device].map((entries) => entries.map((e) => e.Contents)));
}

describe('the simulated tenant as one snapshot', () => {
  test('a restarted simulator given the snapshot shows the same tenant and mints new ids', async () => {
    const first = await startSimulator({ now: () => NOW, fleetSize: 300, rateLimitPerSecond: false });
    let snapshotText: string;
    let before: string;
    const firstIds: string[] = [];
    try {
      const created = await act(first, 'absolute-device-freeze-message-create', { message_name: 'Kept', html_message: '<p>kept</p>' });
      firstIds.push(String((created[0]?.Contents as { messageUid: string }).messageUid));
      await act(first, 'absolute-device-freeze-request', {
        device_ids: DEMO_DEVICE.deviceUid,
        request_name: 'r',
        html_message: '<p>x</p>',
        message_name: 'm',
        device_freeze_type: 'OnDemand',
        passcode_type: 'RandomForAll',
        passcode_length: '6',
      });
      await act(first, 'absolute-wipe-request-create', { device_uids: DEMO_DEVICE.deviceUid });
      await act(first, 'absolute-custom-device-field-update', {
        device_id: DEMO_DEVICE.deviceUid,
        cdf_name: 'Asset Number',
        value: 'AST-1',
      });
      first.state.overrideDevice(DEMO_DEVICE.deviceUid, { isStolen: true });
      first.state.addEvents([{ createdDateTimeUtc: new Date(NOW - 60_000).toISOString(), eventType: 'Kept' }]);
      before = await apiView(first);
      snapshotText = JSON.stringify(first.state.snapshot());
    } finally {
      await first.close();
    }

    const second = await startSimulator({
      now: () => NOW,
      fleetSize: 300,
      rateLimitPerSecond: false,
      snapshot: JSON.parse(snapshotText) as SimulatorSnapshot,
    });
    try {
      expect(await apiView(second)).toBe(before);
      expect(second.state.device(DEMO_DEVICE.deviceUid)?.isStolen).toBe(true);
      expect(second.state.events.query(NOW - 120_000, NOW, NOW, 100).events.map((e) => e.eventType)).toContain('Kept');
      // The freeze request's records are linked to their request again.
      const [request] = [...second.state.freeze.requests.values()];
      expect(request?.records.every((r) => r.request === request)).toBe(true);
      const created = await act(second, 'absolute-device-freeze-message-create', { message_name: 'New', html_message: '<p>new</p>' });
      expect(firstIds).not.toContain((created[0]?.Contents as { messageUid: string }).messageUid);
    } finally {
      await second.close();
    }
  });

  test('every part of the state is in the snapshot and survives JSON', async () => {
    const sim = await startSimulator({ now: () => NOW, fleetSize: 50, rateLimitPerSecond: false });
    try {
      const snapshot = sim.state.snapshot();
      expect(Object.keys(snapshot.parts).sort()).toEqual(Object.keys(sim.state.persistentParts()).sort());
      expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
      expect(() => sim.state.restore({ ...snapshot, seed: snapshot.seed + 1 })).toThrow(/saved tenant is for seed/);
    } finally {
      await sim.close();
    }
  });

  test('state files are written whole (temporary file, then rename) and damaged ones are reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'absolute-state-file-'));
    try {
      const path = join(dir, 'nested', 'state.json');
      expect(readStateFile(path)).toEqual({ kind: 'none' });
      const snapshot = { format: 1 as const, seed: 1, fleetSize: 2, epochMs: 3, savedMs: 4, parts: { ids: { position: 5 } } };
      writeStateFile(path, snapshot);
      writeStateFile(path, { ...snapshot, savedMs: 6 });
      expect(readStateFile(path)).toEqual({ kind: 'found', snapshot: { ...snapshot, savedMs: 6 } });
      expect(readdirSync(join(dir, 'nested'))).toEqual(['state.json']);
      writeFileSync(path, '{"format":1,"parts":');
      expect(readStateFile(path)).toEqual({ kind: 'unusable', reason: 'not valid JSON' });
      writeFileSync(path, '{"format":99,"parts":{}}');
      expect(readStateFile(path)).toMatchObject({ kind: 'unusable' });
      expect(readFileSync(path, 'utf8')).toContain('99');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { runInvocation } from '../../Integrations/Absolute/src/runtime/run-invocation';
import { json, startScriptedServer, type SeenRequest } from '../support/scripted-server';

/**
 * Replies checked at the boundary, seen from the commands: a field the pack reads with the wrong
 * type fails the command naming the operation and the field; null and unknown fields are fine.
 */
const DEVICE = {
  deviceUid: '3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61',
  deviceName: 'LAPTOP-7',
  serialNumber: 'PF1',
  agentStatus: 'A',
  operatingSystem: { name: 'Windows 11', version: '10.0.22631' },
};

async function run(command: string, args: Record<string, string>, answer: (seen: SeenRequest) => unknown) {
  const server = await startScriptedServer((seen, _i, res) => json(res, 200, answer(seen)));
  try {
    const params = { url: server.url, credentials: { identifier: 'token-id', password: 'token-secret' } };
    const result = await runInvocation({ command, params, args }, { sleep: async () => undefined });
    const entry = result.output.entries[0];
    return { ok: result.ok, text: String(entry?.Contents), entry, requests: server.seen.length };
  } finally {
    await server.close();
  }
}

describe('reply shapes through the commands', () => {
  test('a device field of the wrong type names the operation and the field, and no table is written', async () => {
    const result = await run('absolute-device-list', {}, () => ({ data: [DEVICE, { ...DEVICE, deviceName: 7 }] }));
    expect(result.ok).toBe(false);
    expect(result.text).toBe(
      'Failed to execute absolute-device-list command.\nError:\n' +
        'Absolute returned an unexpected reply to GET /v3/reporting/devices: data[1].deviceName is a number, expected text.\n' +
        'The Absolute API answered in a form this integration does not know; report the command and the field above.',
    );
  });

  test('a nested record of the wrong type is named by its path', async () => {
    const result = await run('absolute-device-get', { device_ids: DEVICE.deviceUid }, () => ({
      data: [{ ...DEVICE, operatingSystem: 'Windows' }],
    }));
    expect(result.text).toContain('to GET /v3/reporting/devices-advanced: data[0].operatingSystem is text, expected an object.');
  });

  test('null fields count as absent and unknown fields pass through to the raw output', async () => {
    const device = { ...DEVICE, esn: null, bios: null, deviceStatus: { type: 'X' }, brandNewField: { x: [1] } };
    const result = await run('absolute-device-list', {}, () => ({ data: [device] }));
    expect(result.ok).toBe(true);
    expect(result.entry?.Contents).toEqual([device]);
    expect(result.entry?.EntryContext?.['Absolute.Device(val.Id && val.Id == obj.Id)']).toEqual([
      expect.objectContaining({ Id: DEVICE.deviceUid, SystemName: 'LAPTOP-7', osName: 'Windows 11' }),
    ]);
  });

  test('a write whose reply has the wrong shape says the write may have been carried out', async () => {
    const result = await run('absolute-device-freeze-message-create', { message_name: 'm', html_message: '<p>x</p>' }, () => ({
      data: { messageUid: 42 },
    }));
    expect(result.text).toContain('to POST /v3/actions/freeze/messages: data.messageUid is a number, expected text.');
    expect(result.text).toContain('Absolute may have carried out POST /v3/actions/freeze/messages before the failure');
    expect(result.requests).toBe(1);
  });

  test('an event of the wrong type stops collection instead of moving the watermark past it', async () => {
    const result = await run('absolute-device-get-events', { start_date: '1 hour ago' }, () => ({
      data: [{ id: 'e1', createdDateTimeUtc: 1_700_000_000_000 }],
    }));
    expect(result.text).toContain('to GET /v3/reporting/siem-events: data[0].createdDateTimeUtc is a number, expected text.');
  });

  test('an export checks only that devices are records: it writes any field as it is', async () => {
    const result = await run('absolute-device-export', { fields: 'deviceName' }, () => ({ data: [{ deviceName: 7 }, 'not a record'] }));
    expect(result.text).toContain('to GET /v3/reporting/devices: data[1] is text, expected an object.');
  });
});

import { existsSync } from 'node:fs';
import type { RunningSimulator } from '../../../simulator';
import { DEMO_DEVICE } from '../../../simulator';
import { BUNDLE, invocation, runDist, startTestSimulator } from '../../support/harness';
import { FREEZE_ARGS, unknownUids } from './freeze-fixtures';

const MISSING = unknownUids(1)[0] ?? '';

/**
 * Each freeze-family command through the built bundle (dist/absolute.cjs), as the platform runs
 * it: a happy path, an empty or not-found answer, and a validation error. Real clock, because
 * the child process signs with its own.
 */
describe('freeze commands through dist/absolute.cjs', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error('dist/absolute.cjs is missing; run `npm run build` first');
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  async function dist(command: string, args: Record<string, unknown>) {
    const { code, output } = await runDist(invocation(sim, command, args));
    const entry = output.entries[0];
    const shown = entry?.HumanReadable ?? entry?.Contents ?? '';
    return { code, entry, text: typeof shown === 'string' ? shown : JSON.stringify(shown) };
  }

  it('absolute-device-freeze-request: accepted, nothing accepted, bad argument', async () => {
    const happy = await dist('absolute-device-freeze-request', { ...FREEZE_ARGS, device_names: DEMO_DEVICE.deviceName });
    expect(happy.code).toBe(0);
    expect(happy.text).toContain(`| ${DEMO_DEVICE.deviceUid} |`);
    const none = await dist('absolute-device-freeze-request', { ...FREEZE_ARGS, device_ids: MISSING });
    expect(none.text).toContain(`{"Failed UID":"${MISSING}"`);
    const bad = await dist('absolute-device-freeze-request', {
      ...FREEZE_ARGS,
      device_ids: DEMO_DEVICE.deviceUid,
      device_freeze_type: 'Scheduled',
    });
    expect(bad.entry?.Type).toBe(4);
    expect(bad.text).toBe(
      'Failed to execute absolute-device-freeze-request command.\nError:\nInvalid argument "scheduled_freeze_date": When setting device_freeze_type to be Scheduled, you must specify the scheduled_freeze_date arg.',
    );
  });

  it('absolute-device-remove-freeze-request: removed, unknown name, bad argument', async () => {
    expect((await dist('absolute-device-remove-freeze-request', { device_ids: DEMO_DEVICE.deviceUid })).text).toContain(
      `Successfully removed freeze request for devices ids: ${DEMO_DEVICE.deviceUid}.`,
    );
    expect((await dist('absolute-device-remove-freeze-request', { device_names: 'NO-SUCH-PC' })).text).toContain(
      'device_names "NO-SUCH-PC": no device has this name.',
    );
    expect((await dist('absolute-device-remove-freeze-request', {})).text).toContain(
      'Invalid argument "device_ids": give at least one of device_ids, device_names or serial_numbers',
    );
  });

  it('absolute-device-freeze-request-get: details, not found, bad argument', async () => {
    const request = sim.state.freeze.requests.values().next().value;
    expect((await dist('absolute-device-freeze-request-get', { request_uid: request?.requestUid })).text).toContain(
      `### Absolute Freeze request details for: ${request?.requestUid}`,
    );
    expect((await dist('absolute-device-freeze-request-get', { request_uid: MISSING })).text).toBe(
      `Absolute has no freeze request with ID ${MISSING}.`,
    );
    expect((await dist('absolute-device-freeze-request-get', {})).text).toContain('Invalid argument "request_uid": a value is required');
  });

  it('absolute-device-freeze-message-list: table, unknown id, bad argument', async () => {
    expect((await dist('absolute-device-freeze-message-list', { limit: '1' })).text).toContain(
      '### Absolute Device freeze message details:',
    );
    expect((await dist('absolute-device-freeze-message-list', { message_id: MISSING })).text).toBe(
      `Absolute: there is no Freeze message with ID ${MISSING}.`,
    );
    expect((await dist('absolute-device-freeze-message-list', { limit: '0' })).text).toContain('Invalid argument "limit"');
  });

  it('absolute-device-freeze-message-create/update/delete: done, unknown id, bad argument', async () => {
    const created = await dist('absolute-device-freeze-message-create', { html_message: '<p>x</p>', message_name: 'dist' });
    const id = /created with ID: (\S+)/.exec(created.text)?.[1] ?? '';
    expect(sim.state.messages.get(id)?.name).toBe('dist');
    expect((await dist('absolute-device-freeze-message-create', { html_message: '<p>x</p>' })).text).toContain(
      'Invalid argument "message_name"',
    );
    expect(
      (await dist('absolute-device-freeze-message-update', { message_id: id, html_message: '<p>y</p>', message_name: 'dist2' })).text,
    ).toBe(`Absolute Freeze message: ${id} was updated successfully`);
    expect(
      (await dist('absolute-device-freeze-message-update', { message_id: MISSING, html_message: 'y', message_name: 'y' })).text,
    ).toContain('nothing was updated');
    expect((await dist('absolute-device-freeze-message-update', { message_id: id, html_message: 'y' })).text).toContain(
      'Invalid argument "message_name"',
    );
    expect((await dist('absolute-device-freeze-message-delete', { message_id: id })).text).toBe(
      `Absolute Freeze message: ${id} was deleted successfully`,
    );
    expect((await dist('absolute-device-freeze-message-delete', { message_id: id })).text).toContain('nothing was deleted');
    expect((await dist('absolute-device-freeze-message-delete', { message_id: 'abc' })).text).toContain('Invalid argument "message_id"');
  });

  it('absolute-device-unenroll: unenrolled, nothing unenrolled, bad argument', async () => {
    expect((await dist('absolute-device-unenroll', { device_names: DEMO_DEVICE.deviceName })).text).toContain(
      `| ${DEMO_DEVICE.deviceUid} | LAPTOP-7 |`,
    );
    const none = await dist('absolute-device-unenroll', { device_ids: MISSING });
    expect(none.text).toContain('### Absolute unenrolled devices:\n**No entries.**');
    expect(none.text).toContain(`| ${MISSING} | None | no unenrollment action was created`);
    expect((await dist('absolute-device-unenroll', { device_ids: 'LAPTOP-7' })).text).toContain('Invalid argument "device_ids"');
  });
});

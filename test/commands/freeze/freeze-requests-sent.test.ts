import { freezeMessageCreateCommand } from '../../../Integrations/Absolute/src/commands/freeze/freeze-message-create';
import { freezeMessageDeleteCommand } from '../../../Integrations/Absolute/src/commands/freeze/freeze-message-delete';
import { freezeMessageListCommand } from '../../../Integrations/Absolute/src/commands/freeze/freeze-message-list';
import { freezeMessageUpdateCommand } from '../../../Integrations/Absolute/src/commands/freeze/freeze-message-update';
import { removeFreezeRequestCommand } from '../../../Integrations/Absolute/src/commands/freeze/remove-freeze-request';
import { recordingClient, runWith } from './recording-client';

/** The official tests' message id was '1'; v3 message ids are UUIDs, and this pack refuses anything else. */
const MESSAGE_ID = '00000000-0000-4000-8000-000000000001';
const DEVICE_ID = '1d18b639-fec9-4536-9d77-8713665a7bca';

describe('requests the freeze commands send (official §6, 2.x sender arguments)', () => {
  it('test_list_device_freeze_message_command_no_id (#13): GET /v3/actions/freeze/messages with pageSize=50', async () => {
    const { client, sent } = recordingClient(() => ({ data: [] }));
    await runWith(freezeMessageListCommand, client, {});
    expect(sent.map((s) => [s.method, s.path, s.queryString])).toEqual([['GET', '/v3/actions/freeze/messages', 'pageSize=50']]);
  });

  it('test_delete_device_freeze_message_command (#14): DELETE /v3/actions/freeze/messages/{id} with no query (fixed: id is a UUID)', async () => {
    const { client, sent } = recordingClient(() => ({ status: 204 }));
    const [result] = await runWith(freezeMessageDeleteCommand, client, { message_id: MESSAGE_ID });
    expect(sent.map((s) => [s.method, s.path, s.queryString])).toEqual([['DELETE', `/v3/actions/freeze/messages/${MESSAGE_ID}`, '']]);
    expect(result?.readable).toBe(`Absolute Freeze message: ${MESSAGE_ID} was deleted successfully`);
  });

  it('test_update_device_freeze_message_command (#15): PUT /v3/actions/freeze/messages/{id} with {name, content}', async () => {
    const { client, sent } = recordingClient(() => ({ status: 204 }));
    const [result] = await runWith(freezeMessageUpdateCommand, client, {
      message_id: MESSAGE_ID,
      html_message: 'TPB-new',
      message_name: 'TPB-new',
    });
    expect(sent.map((s) => [s.method, s.path])).toEqual([['PUT', `/v3/actions/freeze/messages/${MESSAGE_ID}`]]);
    expect(sent[0]?.body).toEqual({ name: 'TPB-new', content: 'TPB-new' });
    expect(result?.readable).toBe(`Absolute Freeze message: ${MESSAGE_ID} was updated successfully`);
  });

  it('test_create_device_freeze_message_command (#16): POST /v3/actions/freeze/messages with {name, content}', async () => {
    const { client, sent } = recordingClient(() => ({ data: { messageUid: MESSAGE_ID } }));
    const [result] = await runWith(freezeMessageCreateCommand, client, { html_message: 'TPB message', message_name: 'TPB message' });
    expect(sent.map((s) => [s.method, s.path])).toEqual([['POST', '/v3/actions/freeze/messages']]);
    expect(sent[0]?.body).toEqual({ name: 'TPB message', content: 'TPB message' });
    expect(result?.readable).toBe(`Absolute New freeze message was created with ID: ${MESSAGE_ID}`);
    expect(result?.outputs).toEqual([{ prefix: 'Absolute.FreezeMessage', keyField: 'ID', value: { ID: MESSAGE_ID } }]);
  });

  it('test_remove_device_freeze_request_command (#27): HR names the devices (fixed: device ids are UUIDs; booleans sent as booleans)', async () => {
    const { client, sent } = recordingClient(() => ({ status: 202 }));
    const [result] = await runWith(removeFreezeRequestCommand, client, { device_ids: DEVICE_ID });
    expect(result?.readable.split('\n')[0]).toBe(`Successfully removed freeze request for devices ids: ${DEVICE_ID}.`);
    expect(sent).toEqual([
      {
        method: 'POST',
        path: '/v3/actions/freeze/remove-freeze',
        queryString: '',
        body: { deviceUids: [DEVICE_ID], removeScheduled: false, removeOffline: false },
      },
    ]);
  });

  it('remove-freeze parses remove_scheduled/remove_offline with arg.boolean', async () => {
    const { client, sent } = recordingClient(() => ({ status: 202 }));
    await runWith(removeFreezeRequestCommand, client, { device_ids: DEVICE_ID, remove_scheduled: 'true', remove_offline: 'false' });
    expect(sent[0]?.body).toEqual({ deviceUids: [DEVICE_ID], removeScheduled: true, removeOffline: false });
    await expect(runWith(removeFreezeRequestCommand, client, { device_ids: DEVICE_ID, remove_offline: 'maybe' })).rejects.toThrow(
      'Invalid argument "remove_offline"',
    );
  });
});

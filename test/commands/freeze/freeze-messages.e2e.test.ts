import type { RunningSimulator } from '../../../simulator';
import { contextOf, run, startFixedSimulator, unknownUids } from './freeze-fixtures';

const LIST = 'absolute-device-freeze-message-list';
const MISSING_ID = unknownUids(1)[0] ?? '';

describe('freeze messages against the simulator', () => {
  let sim: RunningSimulator;
  beforeEach(async () => {
    sim = await startFixedSimulator();
  });
  afterEach(() => sim.close());

  it("lists the account's messages with the official title and columns", async () => {
    const { ok, entry } = await run(sim, LIST, {});
    expect(ok).toBe(true);
    expect(entry.HumanReadable).toMatch(
      /^### Absolute Device freeze message details:\n\|ID\|Name\|CreatedUTC\|ChangedUTC\|ChangedBy\|CreatedBy\|/,
    );
    const messages = contextOf(entry, 'Absolute.FreezeMessage') as Array<Record<string, unknown>>;
    expect(messages.map((m) => m['Name'])).toEqual(sim.state.messages.list().map((m) => m.name));
    expect(Object.keys(messages[0] ?? {}).sort()).toEqual(['ChangedBy', 'ChangedUTC', 'Content', 'CreatedBy', 'CreatedUTC', 'ID', 'Name']);
  });

  it('test_list_device_freeze_message_command (official §6 #11, by id): one message, mapped (fixed: the lookup is not reported as "no messages")', async () => {
    const message = sim.state.messages.list()[1];
    const { entry } = await run(sim, LIST, { message_id: message?.messageUid });
    expect(contextOf(entry, 'Absolute.FreezeMessage')).toEqual([
      {
        ID: message?.messageUid,
        Name: message?.name,
        Content: message?.content,
        CreatedBy: message?.createdBy,
        ChangedBy: message?.changedBy,
        CreatedUTC: new Date(message?.createdMs ?? 0).toISOString(),
        ChangedUTC: new Date(message?.changedMs ?? 0).toISOString(),
      },
    ]);
  });

  it('gives distinct answers for an empty account, an unknown id and a page past the end', async () => {
    expect((await run(sim, LIST, { message_id: MISSING_ID })).entry.HumanReadable).toBe(
      `Absolute: there is no Freeze message with ID ${MISSING_ID}.`,
    );
    expect((await run(sim, LIST, { page: '5', limit: '2' })).entry.HumanReadable).toBe(
      'Absolute: no Freeze messages on page 5 (limit 2); the account has fewer messages than that.',
    );
    sim.state.clearFreezeMessages();
    const empty = await run(sim, LIST, {});
    expect(empty.ok).toBe(true);
    expect(empty.entry.HumanReadable).toBe('Absolute: your account has no existing Freeze messages.');
    expect(empty.entry.EntryContext).toBeUndefined();
  });

  it('pages with limit and page as the official 2.x does', async () => {
    const all = sim.state.messages.list();
    const { entry } = await run(sim, LIST, { limit: '2', page: '1' });
    expect((contextOf(entry, 'Absolute.FreezeMessage') as Array<{ ID: string }>).map((m) => m.ID)).toEqual(
      all.slice(2, 4).map((m) => m.messageUid),
    );
  });

  it('creates, updates and deletes a message', async () => {
    const created = await run(sim, 'absolute-device-freeze-message-create', {
      html_message: '<p>TPB message</p>',
      message_name: 'TPB message',
    });
    expect(created.ok).toBe(true);
    const { ID: id } = contextOf(created.entry, 'Absolute.FreezeMessage') as { ID: string };
    expect(created.entry.HumanReadable).toBe(`Absolute New freeze message was created with ID: ${id}`);
    expect(sim.state.messages.get(id)?.name).toBe('TPB message');

    const updated = await run(sim, 'absolute-device-freeze-message-update', {
      message_id: id,
      html_message: '<p>TPB-new</p>',
      message_name: 'TPB-new',
    });
    expect(updated.entry.HumanReadable).toBe(`Absolute Freeze message: ${id} was updated successfully`);
    expect(sim.state.messages.get(id)).toMatchObject({ name: 'TPB-new', content: '<p>TPB-new</p>' });

    const deleted = await run(sim, 'absolute-device-freeze-message-delete', { message_id: id });
    expect(deleted.entry.HumanReadable).toBe(`Absolute Freeze message: ${id} was deleted successfully`);
    expect(sim.state.messages.get(id)).toBeUndefined();
    expect(sim.stats().requestsByStatus['204']).toBe(2);
  });

  it.each([
    ['absolute-device-freeze-message-update', { message_id: MISSING_ID, html_message: 'x', message_name: 'x' }, 'nothing was updated'],
    ['absolute-device-freeze-message-delete', { message_id: MISSING_ID }, 'nothing was deleted'],
  ])('%s with an unknown id fails clearly', async (command, args, tail) => {
    const { ok, entry } = await run(sim, command, args);
    expect(ok).toBe(false);
    expect(entry.Contents).toContain(`Absolute has no Freeze message with ID ${MISSING_ID}; ${tail}.`);
  });

  it.each([
    ['absolute-device-freeze-message-create', { html_message: 'x'.repeat(4001), message_name: 'n' }, 'html_message'],
    ['absolute-device-freeze-message-create', { html_message: 'x', message_name: 'n'.repeat(256) }, 'message_name'],
    ['absolute-device-freeze-message-create', { message_name: 'n' }, 'html_message'],
    ['absolute-device-freeze-message-update', { message_id: '1', html_message: 'x', message_name: 'n' }, 'message_id'],
    ['absolute-device-freeze-message-delete', { message_id: '../../requests/freeze' }, 'message_id'],
    ['absolute-device-freeze-message-list', { limit: '501' }, 'limit'],
    ['absolute-device-freeze-message-list', { page: '-1' }, 'page'],
  ])('%s refuses a bad argument before sending anything (%j)', async (command, args, argument) => {
    const { ok, entry } = await run(sim, command, args);
    expect(ok).toBe(false);
    expect(entry.Contents).toContain(`Invalid argument "${argument}"`);
    expect(sim.stats().requestsTotal).toBe(0);
  });
});

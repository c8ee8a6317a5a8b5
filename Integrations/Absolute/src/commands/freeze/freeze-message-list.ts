import { FREEZE_PAGE_MAX, freezeMessage, freezeMessagePage, type ApiFreezeMessage } from '../../absolute/api/freeze';
import { arg } from '../../xsoar/args';
import type { JsonObject } from '../../xsoar/entry';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { compact } from '../shared';
import { messageIdArg } from './message-args';

const TITLE = 'Absolute Device freeze message details:';
const HEADERS = ['ID', 'Name', 'CreatedUTC', 'ChangedUTC', 'ChangedBy', 'CreatedBy'];

export const freezeMessageListCommand = defineCommand({
  name: 'absolute-device-freeze-message-list',
  args: {
    message_id: messageIdArg(false),
    limit: arg.number({ defaultValue: 50, min: 1, max: FREEZE_PAGE_MAX }),
    page: arg.number({ defaultValue: 0, min: 0, max: 10_000 }),
  },
  async run({ client }, args) {
    let messages: ApiFreezeMessage[];
    if (args.message_id) {
      const found = await freezeMessage(client, args.message_id);
      if (!found) return { readable: `Absolute: there is no Freeze message with ID ${args.message_id}.`, raw: [] };
      messages = [found];
    } else {
      messages = await freezeMessagePage(client, args.page, args.limit);
      if (messages.length === 0) {
        const readable =
          args.page === 0
            ? 'Absolute: your account has no existing Freeze messages.'
            : `Absolute: no Freeze messages on page ${args.page} (limit ${args.limit}); the account has fewer messages than that.`;
        return { readable, raw: [] };
      }
    }
    const outputs = messages.map(freezeMessageContext);
    return {
      readable: tableToMarkdown(TITLE, outputs, { headers: HEADERS, removeNull: true }),
      raw: messages,
      outputs: [{ prefix: 'Absolute.FreezeMessage', keyField: 'ID', value: outputs }],
    };
  },
});

export function freezeMessageContext(m: ApiFreezeMessage): JsonObject {
  return compact({
    ID: m.messageUid,
    Name: m.name,
    CreatedUTC: m.createdDateTimeUtc,
    ChangedUTC: m.changedDateTimeUtc,
    Content: m.content,
    CreatedBy: m.createdBy,
    ChangedBy: m.changedBy,
  });
}

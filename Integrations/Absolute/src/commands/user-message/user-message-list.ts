import { getEumMessage, listEumMessages } from '../../absolute/api/eum';
import { arg } from '../../xsoar/args';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { UUID_PATTERN } from '../shared';
import { userMessageContext } from './user-message-view';

/** The End User Messages saved in the console, to send by ID with absolute-device-user-message-send. */
export const userMessageListCommand = defineCommand({
  name: 'absolute-device-user-message-list',
  args: {
    message_id: arg.string({
      pattern: UUID_PATTERN,
      patternHint: 'not an End User Message ID (expected the form 8-4-4-4-12 hexadecimal digits)',
    }),
    limit: arg.number({ defaultValue: 50, min: 1, max: 10_000 }),
  },
  async run({ client }, args) {
    const messages = args.message_id
      ? [await getEumMessage(client, args.message_id.toLowerCase())].filter((m) => m !== undefined)
      : await listEumMessages(client, args.limit);
    if (messages.length === 0) {
      return {
        readable: args.message_id
          ? `Absolute has no End User Message with ID ${args.message_id}.`
          : 'Absolute: the account has no saved End User Messages.',
        raw: [],
      };
    }
    const rows = messages.map(userMessageContext);
    return {
      readable: tableToMarkdown('Absolute End User Messages:', rows, {
        headers: ['MessageUID', 'Name', 'UpdatedDateTimeUtc', 'Content'],
        removeNull: true,
      }),
      raw: messages,
      outputs: [{ prefix: 'Absolute.UserMessage', keyField: 'MessageUID', value: rows }],
    };
  },
});

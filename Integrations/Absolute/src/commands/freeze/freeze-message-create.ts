import { createFreezeMessage } from '../../absolute/api/freeze';
import { AbsoluteResponseError } from '../../absolute/errors';
import { defineCommand } from '../command';
import { messageContentArg, messageNameArg } from './message-args';

export const freezeMessageCreateCommand = defineCommand({
  name: 'absolute-device-freeze-message-create',
  args: {
    html_message: messageContentArg(),
    message_name: messageNameArg(),
  },
  async run({ client }, args) {
    const id = await createFreezeMessage(client, { name: args.message_name ?? '', content: args.html_message ?? '' });
    if (!id) {
      throw new AbsoluteResponseError(
        "Absolute answered without the new message's messageUid; list the messages to find it before creating it again.",
        200,
      );
    }
    return {
      readable: `Absolute New freeze message was created with ID: ${id}`,
      raw: { messageUid: id },
      outputs: [{ prefix: 'Absolute.FreezeMessage', keyField: 'ID', value: { ID: id } }],
    };
  },
});

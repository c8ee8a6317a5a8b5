import { updateFreezeMessage } from '../../absolute/api/freeze';
import { AbsoluteError } from '../../absolute/errors';
import { defineCommand } from '../command';
import { messageContentArg, messageIdArg, messageNameArg } from './message-args';

export const freezeMessageUpdateCommand = defineCommand({
  name: 'absolute-device-freeze-message-update',
  args: {
    html_message: messageContentArg(),
    message_name: messageNameArg(),
    message_id: messageIdArg(true),
  },
  async run({ client }, args) {
    const id = args.message_id ?? '';
    const updated = await updateFreezeMessage(client, id, { name: args.message_name ?? '', content: args.html_message ?? '' });
    if (!updated) {
      throw new AbsoluteError(`Absolute has no Freeze message with ID ${id}; nothing was updated.`, {
        suggestion: 'Run absolute-device-freeze-message-list to see the existing message IDs.',
      });
    }
    return { readable: `Absolute Freeze message: ${id} was updated successfully`, raw: { messageUid: id } };
  },
});

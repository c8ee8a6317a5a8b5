import { deleteFreezeMessage, freezeMessage } from '../../absolute/api/freeze';
import { excerpt } from '../describe-targets';
import { AbsoluteError } from '../../absolute/errors';
import { defineCommand } from '../command';
import { messageIdArg } from './message-args';

export const freezeMessageDeleteCommand = defineCommand({
  name: 'absolute-device-freeze-message-delete',
  args: {
    message_id: messageIdArg(true),
  },
  async describeTargets({ client }, args) {
    const id = args.message_id ?? '';
    const message = await freezeMessage(client, id);
    if (!message) return `Delete Freeze message ${id} (Absolute has no message with this ID: nothing would be deleted).`;
    return `Delete Freeze message ${id} "${message.name ?? ''}": ${excerpt(message.content ?? '')}`;
  },
  async run({ client }, args) {
    const id = args.message_id ?? '';
    if (!(await deleteFreezeMessage(client, id))) {
      throw new AbsoluteError(`Absolute has no Freeze message with ID ${id}; nothing was deleted.`, {
        suggestion: 'Run absolute-device-freeze-message-list to see the existing message IDs.',
      });
    }
    return { readable: `Absolute Freeze message: ${id} was deleted successfully`, raw: { messageUid: id } };
  },
});

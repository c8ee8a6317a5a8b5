import { getEumRequest } from '../../absolute/api/eum';
import { arg } from '../../xsoar/args';
import { defineCommand } from '../command';
import { UUID_HINT, UUID_PATTERN } from '../shared';
import { readRequests } from './user-message-status';

/** One Send Message request with the action of every device in it. */
export const userMessageRequestGetCommand = defineCommand({
  name: 'absolute-device-user-message-request-get',
  args: {
    request_uid: arg.string({ required: true, pattern: UUID_PATTERN, patternHint: UUID_HINT }),
  },
  async run({ client }, args) {
    const uid = (args.request_uid ?? '').toLowerCase();
    const request = await getEumRequest(client, uid);
    if (!request) return { readable: `No Send Message request with ID ${uid} was found.`, raw: {} };
    return readRequests(client, [request]);
  },
});

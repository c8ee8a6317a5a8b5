import { getWipeRequest, listWipeRequests } from '../../absolute/api/wipe';
import { AbsoluteApiError } from '../../absolute/errors';
import { arg } from '../../xsoar/args';
import { defineCommand } from '../command';
import { REQUEST_LIST_ARGS, requestListFilter } from '../request-list';
import { UUID_HINT, UUID_PATTERN } from '../shared';
import { wipeRequestContext, wipeRequestsTable } from './wipe-request-view';

export const wipeRequestListCommand = defineCommand({
  name: 'absolute-wipe-request-list',
  args: {
    request_uid: arg.string({ pattern: UUID_PATTERN, patternHint: UUID_HINT }),
    ...REQUEST_LIST_ARGS,
  },
  async run({ client }, args) {
    if (args.request_uid) {
      const request = await getWipeRequest(client, args.request_uid).catch((error: unknown) => {
        if (error instanceof AbsoluteApiError && error.status === 404) return undefined;
        throw error;
      });
      if (!request) return { readable: `No wipe request with ID ${args.request_uid} was found.`, raw: {} };
      return {
        readable: wipeRequestsTable(`Wipe Request with ID ${args.request_uid}:`, [request]),
        raw: request,
        outputs: [{ prefix: 'Absolute.WipeRequest', keyField: 'requestUid', value: [wipeRequestContext(request)] }],
      };
    }
    const requests = await listWipeRequests(client, requestListFilter(args), args.limit);
    if (requests.length === 0) return { readable: 'No wipe requests found.', raw: [] };
    return {
      readable: wipeRequestsTable('Wipe Requests:', requests),
      raw: requests,
      outputs: [{ prefix: 'Absolute.WipeRequest', keyField: 'requestUid', value: requests.map(wipeRequestContext) }],
    };
  },
});

import { listFileDeleteRequests } from '../../absolute/api/file-delete';
import { arg } from '../../xsoar/args';
import { defineCommand } from '../command';
import { isoDateArg, REQUEST_STATUSES } from '../request-args';
import { FILE_DELETE_REQUEST_KEY, fileDeleteRequestContext, fileDeleteRequestsTable } from './file-delete-view';

export const fileDeleteRequestListCommand = defineCommand({
  name: 'absolute-file-delete-request-list',
  args: {
    created_from_date_time_utc: isoDateArg(),
    created_to_date_time_utc: isoDateArg(),
    request_status: arg.choice(REQUEST_STATUSES),
    limit: arg.number({ defaultValue: 50, min: 1, max: 10_000 }),
  },
  async run({ client }, args) {
    const filter = {
      createdFromDateTimeUtc: args.created_from_date_time_utc,
      createdToDateTimeUtc: args.created_to_date_time_utc,
      requestStatus: args.request_status,
    };
    const requests = await listFileDeleteRequests(client, filter, args.limit);
    if (requests.length === 0) return { readable: 'No File Delete requests found.', raw: [] };
    return {
      readable: fileDeleteRequestsTable('File Delete Requests:', requests),
      raw: requests,
      outputs: [{ ...FILE_DELETE_REQUEST_KEY, value: requests.map((r) => fileDeleteRequestContext(r)) }],
    };
  },
});

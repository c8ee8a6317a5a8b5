import { listEumRequests } from '../../absolute/api/eum';
import { arg } from '../../xsoar/args';
import { defineCommand } from '../command';
import { isoDateArg, REQUEST_STATUSES } from '../request-args';
import { requestsTable, userMessageRequestContext } from './user-message-view';

/** Send Message requests, newest first (counters and settings; per-device actions with -get). */
export const userMessageRequestListCommand = defineCommand({
  name: 'absolute-device-user-message-request-list',
  args: {
    created_from_date_time_utc: isoDateArg(),
    created_to_date_time_utc: isoDateArg(),
    request_status: arg.choice(REQUEST_STATUSES),
    limit: arg.number({ defaultValue: 50, min: 1, max: 10_000 }),
  },
  async run({ client }, args) {
    const requests = await listEumRequests(
      client,
      {
        createdFromDateTimeUtc: args.created_from_date_time_utc,
        createdToDateTimeUtc: args.created_to_date_time_utc,
        requestStatus: args.request_status,
      },
      args.limit,
    );
    if (requests.length === 0) return { readable: 'No Send Message requests found.', raw: [] };
    const contexts = requests.map((r) => userMessageRequestContext(r));
    return {
      readable: requestsTable('Absolute Send Message requests:', contexts),
      raw: requests,
      outputs: [{ prefix: 'Absolute.UserMessageRequest', keyField: 'RequestUID', value: contexts }],
    };
  },
});

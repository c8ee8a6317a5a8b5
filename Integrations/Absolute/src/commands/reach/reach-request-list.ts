import { listReachRequests } from '../../absolute/api/reach';
import { arg } from '../../xsoar/args';
import { defineCommand } from '../command';
import { isoDateArg, REQUEST_STATUSES } from '../request-args';
import { REACH_REQUEST_KEY, reachRequestContext, reachRequestsTable } from './reach-request-view';

export const reachRequestListCommand = defineCommand({
  name: 'absolute-reach-request-list',
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
    const requests = await listReachRequests(client, filter, args.limit);
    if (requests.length === 0) return { readable: 'No Run Script requests found.', raw: [] };
    return {
      readable: reachRequestsTable('Reach Run Script Requests:', requests),
      raw: requests,
      outputs: [{ ...REACH_REQUEST_KEY, value: requests.map((r) => reachRequestContext(r)) }],
    };
  },
});

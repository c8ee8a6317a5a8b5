import { listWipeActions } from '../../absolute/api/wipe';
import { arg } from '../../xsoar/args';
import { defineCommand } from '../command';
import { UUID_HINT, UUID_PATTERN } from '../shared';
import { ACTION_STATUSES, isoDateArg } from '../request-args';
import { wipeActionContext, wipeActionsTable } from './wipe-request-view';

/** The per-device actions of wipe requests: a request's summary alone does not say which devices were wiped. */
export const wipeActionsListCommand = defineCommand({
  name: 'absolute-wipe-actions-list',
  args: {
    request_uid: arg.string({ pattern: UUID_PATTERN, patternHint: UUID_HINT }),
    device_uids: arg.list({ itemPattern: UUID_PATTERN, itemHint: UUID_HINT, maxItems: 10_000 }),
    created_from_date_time_utc: isoDateArg(),
    created_to_date_time_utc: isoDateArg(),
    action_status: arg.choice(ACTION_STATUSES),
    limit: arg.number({ defaultValue: 50, min: 1, max: 10_000 }),
  },
  async run({ client }, args) {
    const actions = await listWipeActions(
      client,
      {
        requestUid: args.request_uid,
        deviceUids: args.device_uids,
        actionStatus: args.action_status,
        createdFromDateTimeUtc: args.created_from_date_time_utc,
        createdToDateTimeUtc: args.created_to_date_time_utc,
      },
      args.limit,
    );
    if (actions.length === 0)
      return { readable: args.request_uid ? `No wipe actions found for request ${args.request_uid}.` : 'No wipe actions found.', raw: [] };
    return {
      readable: wipeActionsTable(args.request_uid ? `Wipe Actions of request with ID: ${args.request_uid}:` : 'Wipe Actions:', actions),
      raw: actions,
      outputs: [{ prefix: 'Absolute.WipeAction', keyField: 'actionUid', value: actions.map(wipeActionContext) }],
    };
  },
});

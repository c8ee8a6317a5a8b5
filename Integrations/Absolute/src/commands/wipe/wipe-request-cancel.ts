import { cancelWipeActions, getWipeRequest } from '../../absolute/api/wipe';
import { arg, ArgumentError } from '../../xsoar/args';
import { defineCommand } from '../command';
import { UUID_HINT, UUID_PATTERN } from '../shared';

/** Cancels wipe actions that have not started (the API leaves the others as they are). */
export const wipeRequestCancelCommand = defineCommand({
  name: 'absolute-wipe-request-cancel',
  args: {
    request_uid: arg.string({ required: true, pattern: UUID_PATTERN, patternHint: UUID_HINT }),
    action_uids: arg.list({ itemPattern: UUID_PATTERN, itemHint: 'not an action UID', maxItems: 10_000 }),
    cancel_all_actions: arg.boolean({ defaultValue: false }),
  },
  async describeTargets({ client }, args) {
    checkCancelArgs(args);
    const requestUid = args.request_uid ?? '';
    const request = await getWipeRequest(client, requestUid);
    const summary = request
      ? `wipe request ${requestUid} (request ${request.requestId ?? '?'} by ${request.requester ?? 'unknown'}, ` +
        `${request.requestStatus ?? 'status unknown'}: ${request.pending ?? 0} of ${request.totalDevices ?? 0} device(s) still pending)`
      : `wipe request ${requestUid} (not found in Absolute)`;
    const which = args.cancel_all_actions ? 'every pending action' : `the actions ${args.action_uids.join(', ')}`;
    return `Cancel ${which} of ${summary}`;
  },
  async run({ client }, args) {
    checkCancelArgs(args);
    const requestUid = args.request_uid ?? '';
    await cancelWipeActions(client, requestUid, args.action_uids, args.cancel_all_actions);
    return {
      readable: `Wipe actions for the request ${requestUid} have been successfully canceled.`,
      raw: { requestUid, actionUids: args.action_uids, cancelAllActions: args.cancel_all_actions },
    };
  },
});

function checkCancelArgs(args: { cancel_all_actions: boolean; action_uids: string[] }): void {
  if (!args.cancel_all_actions && args.action_uids.length === 0) {
    throw new ArgumentError('action_uids', 'give the actions to cancel, or cancel_all_actions=true');
  }
}

import { getFileDeleteRequest, listFileDeleteActions } from '../../absolute/api/file-delete';
import { unlessNotFound } from '../../absolute/api/not-found';
import { arg } from '../../xsoar/args';
import { defineCommand } from '../command';
import { deviceActionsTable } from '../device-action-context';
import { requestUidArg } from '../request-args';
import { FILE_DELETE_REQUEST_KEY, fileDeleteRequestContext, fileDeleteRequestsTable } from './file-delete-view';

/** One File Delete request with every device's action (and its Certificate of Sanitization UID when there is one). */
export const fileDeleteRequestGetCommand = defineCommand({
  name: 'absolute-file-delete-request-get',
  args: {
    request_uid: requestUidArg(true),
    action_limit: arg.number({ defaultValue: 1000, min: 1, max: 10_000 }),
  },
  async run({ client }, args) {
    const requestUid = args.request_uid ?? '';
    const request = await unlessNotFound(getFileDeleteRequest(client, requestUid));
    if (!request) return { readable: `No File Delete request with UID ${requestUid} was found.`, raw: {} };
    const actions = await listFileDeleteActions(client, requestUid, args.action_limit);
    return {
      readable: [
        fileDeleteRequestsTable(`File Delete Request ${requestUid}:`, [request]),
        deviceActionsTable('File Delete Actions:', actions),
      ].join('\n'),
      raw: { request, actions },
      outputs: [{ ...FILE_DELETE_REQUEST_KEY, value: [fileDeleteRequestContext(request, actions)] }],
    };
  },
});

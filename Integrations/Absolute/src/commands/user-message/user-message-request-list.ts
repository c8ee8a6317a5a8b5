import { listEumRequests } from '../../absolute/api/eum';
import { defineRequestListCommand } from '../request-list';
import { requestsTable, userMessageRequestContext } from './user-message-view';

/** Send Message requests, newest first (counters and settings; per-device actions with -get). */
export const userMessageRequestListCommand = defineRequestListCommand({
  name: 'absolute-device-user-message-request-list',
  list: listEumRequests,
  noneFound: 'No Send Message requests found.',
  title: 'Absolute Send Message requests:',
  table: (title, _requests, contexts) => requestsTable(title, contexts),
  output: { prefix: 'Absolute.UserMessageRequest', keyField: 'RequestUID' },
  context: (request) => userMessageRequestContext(request),
});

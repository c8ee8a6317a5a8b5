import { listReachRequests } from '../../absolute/api/reach';
import { defineRequestListCommand } from '../request-list';
import { REACH_REQUEST_KEY, reachRequestContext, reachRequestsTable } from './reach-request-view';

export const reachRequestListCommand = defineRequestListCommand({
  name: 'absolute-reach-request-list',
  list: listReachRequests,
  noneFound: 'No Run Script requests found.',
  title: 'Reach Run Script Requests:',
  table: reachRequestsTable,
  output: REACH_REQUEST_KEY,
  context: (request) => reachRequestContext(request),
});

import { listFileDeleteRequests } from '../../absolute/api/file-delete';
import { defineRequestListCommand } from '../request-list';
import { FILE_DELETE_REQUEST_KEY, fileDeleteRequestContext, fileDeleteRequestsTable } from './file-delete-view';

export const fileDeleteRequestListCommand = defineRequestListCommand({
  name: 'absolute-file-delete-request-list',
  list: listFileDeleteRequests,
  noneFound: 'No File Delete requests found.',
  title: 'File Delete Requests:',
  table: fileDeleteRequestsTable,
  output: FILE_DELETE_REQUEST_KEY,
  context: (request) => fileDeleteRequestContext(request),
});

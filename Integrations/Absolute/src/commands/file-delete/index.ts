import type { CommandDefinition } from '../command';
import { fileDeleteRequestCreateCommand } from './file-delete-request-create';
import { fileDeleteRequestGetCommand } from './file-delete-request-get';
import { fileDeleteRequestListCommand } from './file-delete-request-list';

/** File Delete: remove files by pattern, or all user files, and follow the requests. */
export const FILE_DELETE_COMMANDS: readonly CommandDefinition[] = [
  fileDeleteRequestCreateCommand,
  fileDeleteRequestListCommand,
  fileDeleteRequestGetCommand,
];

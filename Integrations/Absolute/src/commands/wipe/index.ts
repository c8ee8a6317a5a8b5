import type { CommandDefinition } from '../command';
import { wipeActionsListCommand } from './wipe-actions-list';
import { wipeRequestCancelCommand } from './wipe-request-cancel';
import { wipeRequestCreateCommand } from './wipe-request-create';
import { wipeRequestListCommand } from './wipe-request-list';

/** Wipe: destructive, so creation resolves devices first and offers a dry run. */
export const WIPE_COMMANDS: readonly CommandDefinition[] = [
  wipeRequestCreateCommand,
  wipeRequestListCommand,
  wipeActionsListCommand,
  wipeRequestCancelCommand,
];

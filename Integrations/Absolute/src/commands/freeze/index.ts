import type { CommandDefinition } from '../command';
import { freezeMessageCreateCommand } from './freeze-message-create';
import { freezeMessageDeleteCommand } from './freeze-message-delete';
import { freezeMessageListCommand } from './freeze-message-list';
import { freezeMessageUpdateCommand } from './freeze-message-update';
import { freezeRequestCommand } from './freeze-request';
import { freezeRequestGetCommand } from './freeze-request-get';
import { removeFreezeRequestCommand } from './remove-freeze-request';

/** Freeze requests and freeze messages. */
export const FREEZE_COMMANDS: readonly CommandDefinition[] = [
  freezeRequestCommand,
  removeFreezeRequestCommand,
  freezeRequestGetCommand,
  freezeMessageListCommand,
  freezeMessageCreateCommand,
  freezeMessageUpdateCommand,
  freezeMessageDeleteCommand,
];

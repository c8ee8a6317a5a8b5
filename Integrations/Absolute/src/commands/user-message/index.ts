import type { CommandDefinition } from '../command';
import { userMessageListCommand } from './user-message-list';
import { userMessageRequestGetCommand } from './user-message-request-get';
import { userMessageRequestListCommand } from './user-message-request-list';
import { userMessageSendCommand } from './user-message-send';

/** End-user messages: send (with polling), list and read requests, list saved messages. */
export const USER_MESSAGE_COMMANDS: readonly CommandDefinition[] = [
  userMessageSendCommand,
  userMessageRequestListCommand,
  userMessageRequestGetCommand,
  userMessageListCommand,
];

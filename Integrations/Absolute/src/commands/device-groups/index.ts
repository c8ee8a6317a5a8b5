import type { CommandDefinition } from '../command';
import { deviceGroupGetCommand } from './device-group-get';
import { deviceGroupListCommand } from './device-group-list';

/** Device groups: the account's groups, and the groups of given devices. */
export const DEVICE_GROUP_COMMANDS: readonly CommandDefinition[] = [deviceGroupListCommand, deviceGroupGetCommand];

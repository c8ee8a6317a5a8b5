import type { CommandDefinition } from './command';
import { deviceGetCommand } from './devices/device-get';
import { deviceListCommand } from './devices/device-list';
import { endpointCommand } from './devices/endpoint';
import { EVENT_COMMANDS } from './events';
import { EXPORT_COMMANDS } from './export';
import { FREEZE_COMMANDS } from './freeze';
import { healthCommand } from './health/health';
import { INVENTORY_COMMANDS } from './inventory';
import { testModuleCommand } from './test-module';
import { WIPE_COMMANDS } from './wipe';
import { MISSING_COMMANDS } from './missing';
import { USER_MESSAGE_COMMANDS } from './user-message';
import { DEVICE_GROUP_COMMANDS } from './device-groups';
import { REACH_COMMANDS } from './reach';
import { FILE_DELETE_COMMANDS } from './file-delete';

/** The single table of command name → definition. The manifest drift test reads it too. */
export const COMMANDS: readonly CommandDefinition[] = [
  testModuleCommand,
  deviceListCommand,
  deviceGetCommand,
  endpointCommand,
  ...EXPORT_COMMANDS,
  ...FREEZE_COMMANDS,
  ...INVENTORY_COMMANDS,
  ...EVENT_COMMANDS,
  ...WIPE_COMMANDS,
  ...MISSING_COMMANDS,
  ...USER_MESSAGE_COMMANDS,
  ...DEVICE_GROUP_COMMANDS,
  healthCommand,
  ...REACH_COMMANDS,
  ...FILE_DELETE_COMMANDS,
];

export function findCommand(name: string): CommandDefinition | undefined {
  return COMMANDS.find((c) => c.name === name);
}

import type { CommandDefinition } from './command';
import { deviceGetCommand } from './devices/device-get';
import { deviceListCommand } from './devices/device-list';
import { EVENT_COMMANDS } from './events';
import { FREEZE_COMMANDS } from './freeze';
import { INVENTORY_COMMANDS } from './inventory';
import { testModuleCommand } from './test-module';

/** The single table of command name → definition. The manifest drift test reads it too. */
export const COMMANDS: readonly CommandDefinition[] = [
  testModuleCommand,
  deviceListCommand,
  deviceGetCommand,
  ...FREEZE_COMMANDS,
  ...INVENTORY_COMMANDS,
  ...EVENT_COMMANDS,
];

export function findCommand(name: string): CommandDefinition | undefined {
  return COMMANDS.find((c) => c.name === name);
}

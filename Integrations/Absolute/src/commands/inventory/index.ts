import type { CommandDefinition } from '../command';
import { applicationListCommand } from './application-list';
import { customFieldListCommand } from './custom-field-list';
import { customFieldUpdateCommand } from './custom-field-update';
import { locationGetCommand } from './location-get';

/** Custom device fields, installed applications and locations. */
export const INVENTORY_COMMANDS: readonly CommandDefinition[] = [
  customFieldListCommand,
  customFieldUpdateCommand,
  applicationListCommand,
  locationGetCommand,
];

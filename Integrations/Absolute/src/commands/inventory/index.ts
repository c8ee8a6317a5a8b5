import type { CommandDefinition } from '../command';

/** Custom device fields, installed applications and locations. */
export const INVENTORY_COMMANDS: readonly CommandDefinition[] = [];

import type { CommandDefinition } from '../command';
import { deviceGetCommand } from './device-get';
import { deviceListCommand } from './device-list';
import { endpointCommand } from './endpoint';

/** Device reports: list, look up, and the platform's generic endpoint command. */
export const DEVICE_COMMANDS: readonly CommandDefinition[] = [deviceListCommand, deviceGetCommand, endpointCommand];

import type { CommandDefinition } from '../command';
import { fetchEventsCommand } from './fetch-events';
import { getEventsCommand } from './get-events';

/** SIEM event collection. */
export const EVENT_COMMANDS: readonly CommandDefinition[] = [fetchEventsCommand, getEventsCommand];

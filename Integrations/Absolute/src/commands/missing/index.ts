import type { CommandDefinition } from '../command';
import { missingListCommand } from './missing-list';
import { reportFoundCommand } from './report-found';
import { reportMissingCommand } from './report-missing';

/** Missing devices: report missing (destructive, with a dry run), report found, list. */
export const MISSING_COMMANDS: readonly CommandDefinition[] = [reportMissingCommand, reportFoundCommand, missingListCommand];

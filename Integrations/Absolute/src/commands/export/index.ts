import type { CommandDefinition } from '../command';
import { deviceExportCommand } from './device-export';

/** Bulk exports of fleet data to files. */
export const EXPORT_COMMANDS: readonly CommandDefinition[] = [deviceExportCommand];

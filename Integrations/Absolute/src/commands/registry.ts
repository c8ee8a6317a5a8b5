import type { CommandDefinition } from './command';
import type * as TestModuleModule from './test-module';
import type * as DevicesModule from './devices';
import type * as ExportModule from './export';
import type * as FreezeModule from './freeze';
import type * as UnenrollModule from './unenroll';
import type * as InventoryModule from './inventory';
import type * as EventsModule from './events';
import type * as WipeModule from './wipe';
import type * as MissingModule from './missing';
import type * as UserMessageModule from './user-message';
import type * as DeviceGroupsModule from './device-groups';
import type * as HealthModule from './health/health';
import type * as ReachModule from './reach';
import type * as FileDeleteModule from './file-delete';

/** A group of commands that share a module: its command names, and how to load its definitions. */
export interface CommandFamily {
  names: readonly string[];
  load: () => readonly CommandDefinition[];
}

/*
 * Every process runs exactly one command, so only that command's family is loaded: building the
 * other families' argument schemas (zod) at start-up cost ~12 ms of every command's cold start.
 * `require` rather than `import()`: loading stays synchronous, so findCommand keeps its signature;
 * esbuild keeps every family in the one bundle and runs a family's module code only when required.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
/** The single table of commands: one line per family (and its type import above); the manifest drift test reads it too. */
export const COMMAND_FAMILIES: readonly CommandFamily[] = [
  { names: ['test-module'], load: () => [(require('./test-module') as typeof TestModuleModule).testModuleCommand] },
  {
    names: ['absolute-device-list', 'absolute-device-get', 'endpoint'],
    load: () => (require('./devices') as typeof DevicesModule).DEVICE_COMMANDS,
  },
  { names: ['absolute-device-export'], load: () => (require('./export') as typeof ExportModule).EXPORT_COMMANDS },
  {
    names: [
      'absolute-device-freeze-request',
      'absolute-device-remove-freeze-request',
      'absolute-device-freeze-request-get',
      'absolute-device-freeze-message-list',
      'absolute-device-freeze-message-create',
      'absolute-device-freeze-message-update',
      'absolute-device-freeze-message-delete',
    ],
    load: () => (require('./freeze') as typeof FreezeModule).FREEZE_COMMANDS,
  },
  { names: ['absolute-device-unenroll'], load: () => (require('./unenroll') as typeof UnenrollModule).UNENROLL_COMMANDS },
  {
    names: [
      'absolute-custom-device-field-list',
      'absolute-custom-device-field-update',
      'absolute-device-application-list',
      'absolute-device-location-get',
    ],
    load: () => (require('./inventory') as typeof InventoryModule).INVENTORY_COMMANDS,
  },
  { names: ['fetch-events', 'absolute-device-get-events'], load: () => (require('./events') as typeof EventsModule).EVENT_COMMANDS },
  {
    names: ['absolute-wipe-request-create', 'absolute-wipe-request-list', 'absolute-wipe-actions-list', 'absolute-wipe-request-cancel'],
    load: () => (require('./wipe') as typeof WipeModule).WIPE_COMMANDS,
  },
  {
    names: ['absolute-device-report-missing', 'absolute-device-report-found', 'absolute-device-missing-list'],
    load: () => (require('./missing') as typeof MissingModule).MISSING_COMMANDS,
  },
  {
    names: [
      'absolute-device-user-message-send',
      'absolute-device-user-message-request-list',
      'absolute-device-user-message-request-get',
      'absolute-device-user-message-list',
    ],
    load: () => (require('./user-message') as typeof UserMessageModule).USER_MESSAGE_COMMANDS,
  },
  {
    names: ['absolute-device-group-list', 'absolute-device-group-get'],
    load: () => (require('./device-groups') as typeof DeviceGroupsModule).DEVICE_GROUP_COMMANDS,
  },
  { names: ['absolute-health'], load: () => [(require('./health/health') as typeof HealthModule).healthCommand] },
  {
    names: [
      'absolute-reach-script-list',
      'absolute-reach-script-get',
      'absolute-reach-script-run',
      'absolute-reach-request-list',
      'absolute-reach-request-get',
      'absolute-reach-request-cancel',
    ],
    load: () => (require('./reach') as typeof ReachModule).REACH_COMMANDS,
  },
  {
    names: ['absolute-file-delete-request-create', 'absolute-file-delete-request-list', 'absolute-file-delete-request-get'],
    load: () => (require('./file-delete') as typeof FileDeleteModule).FILE_DELETE_COMMANDS,
  },
];
/* eslint-enable @typescript-eslint/no-require-imports */

/** Every command name, without loading any command. */
export function commandNames(): string[] {
  return COMMAND_FAMILIES.flatMap((f) => f.names);
}

/** The definition of `name`, loading only its family; undefined for an unknown command. */
export function findCommand(name: string): CommandDefinition | undefined {
  const family = COMMAND_FAMILIES.find((f) => f.names.includes(name));
  return family?.load().find((c) => c.name === name);
}

/** Every definition, in table order (loads every family: for tests and tools, not for a run). */
export function allCommands(): CommandDefinition[] {
  return COMMAND_FAMILIES.flatMap((f) => f.load());
}

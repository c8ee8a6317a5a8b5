import type { OsScriptRecord } from '../fleet/reach-scripts';
import { validationError } from '../server/api-error';
import type { RunScriptOptionRecord } from '../state/remote-action-state';
import { optionalBoolean, optionalInteger, optionalString, requireObject } from './body';

const ENUMS: Record<string, readonly string[]> = {
  maxRunTimeUnit: ['minute', 'hour'],
  displayMode: ['Hidden', 'Maximized', 'Minimized'],
  runPrivileges: ['Administrator', 'LoggedInUser'],
  runWhen: ['UserIsOrIsNotSignedIn', 'UserIsSignedIn', 'NoUserIsSignedIn'],
};

/**
 * Reads a `winScriptOption` / `macScriptOption` and returns the options the run will use: the
 * script's library defaults overridden by what was sent. Mac runs are always Hidden, for any user
 * state and 64-bit, as documented.
 */
export function readScriptOption(
  raw: unknown,
  field: 'winScriptOption' | 'macScriptOption',
  defaults: OsScriptRecord | undefined,
): RunScriptOptionRecord {
  const data = requireObject(raw, field);
  const known = ['maxRunTime', 'maxRunTimeUnit', 'displayMode', 'runPrivileges', 'runWhen', 'commandLine', 'alwaysRun32bits', 'startupDir'];
  for (const key of Object.keys(data)) if (!known.includes(key)) throw validationError(`${field}.${key}`, `${field} has no member ${key}`);
  const option: RunScriptOptionRecord = { ...defaults?.scriptOption };
  for (const [name, allowed] of Object.entries(ENUMS)) {
    const value = optionalString(data, name, 1, 64, `${field}.${name}`);
    if (value === undefined) continue;
    if (!allowed.includes(value)) throw validationError(`${field}.${name}`, `${field}.${name} must be one of ${allowed.join(', ')}`);
    (option as Record<string, unknown>)[name] = value;
  }
  const runTime = optionalInteger(data, 'maxRunTime', 1, 1440, `${field}.maxRunTime`);
  if (runTime !== undefined) option.maxRunTime = runTime;
  if (option.maxRunTimeUnit === 'hour' && (option.maxRunTime ?? 1) > 24)
    throw validationError(`${field}.maxRunTime`, `${field}.maxRunTime must be between 1 and 24 hours`);
  const commandLine = optionalString(data, 'commandLine', 0, 8000, `${field}.commandLine`);
  if (commandLine !== undefined) option.commandLine = commandLine;
  const startupDir = optionalString(data, 'startupDir', 1, 1024, `${field}.startupDir`);
  if (startupDir !== undefined) option.startupDir = startupDir;
  const bits = optionalBoolean(data, 'alwaysRun32bits');
  if (bits !== undefined) option.alwaysRun32bits = bits;
  if (field === 'macScriptOption')
    Object.assign(option, { displayMode: 'Hidden', runWhen: 'UserIsOrIsNotSignedIn', alwaysRun32bits: false });
  return option;
}

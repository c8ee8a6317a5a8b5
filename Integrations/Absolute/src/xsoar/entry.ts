import type { JsonObject, JsonValue } from './table';

/** Platform entry types used by this pack. */
export const EntryType = { note: 1, file: 3, error: 4, warning: 11 } as const;
export type EntryTypeValue = (typeof EntryType)[keyof typeof EntryType];

/** One War Room entry, with the field names the platform expects. */
export interface Entry {
  Type: EntryTypeValue;
  ContentsFormat: 'json' | 'text';
  Contents: unknown;
  HumanReadable?: string;
  ReadableContentsFormat?: 'markdown' | 'text';
  EntryContext?: Record<string, JsonValue>;
  /** File entries (Type 3). */
  File?: string;
  FileID?: string;
  /** Scheduled (polling) command fields. */
  PollingCommand?: string;
  NextRun?: string;
  PollingArgs?: Record<string, string>;
  Timeout?: string;
  PollingItemsRemaining?: number;
}

/** Context written under `prefix`, merged with existing items by `keyField` when given. */
export interface ContextOutput {
  prefix: string;
  keyField?: string | readonly string[];
  value: JsonValue;
}

/** What a command hands back; the runtime turns it into an entry (CommandResults in Python terms). */
export interface CommandResults {
  readable: string;
  /** The raw API data; defaults to the outputs. */
  raw?: unknown;
  outputs?: readonly ContextOutput[];
  type?: EntryTypeValue;
  polling?: ScheduledCommand;
  file?: { name: string; id: string };
}

export interface ScheduledCommand {
  command: string;
  nextRunSeconds: number;
  args: Record<string, string>;
  timeoutSeconds: number;
  itemsRemaining?: number;
}

/** `Prefix(val.K && val.K == obj.K)`, the platform's merge-by-key selector. */
export function contextKey(prefix: string, keyField?: string | readonly string[]): string {
  if (!keyField || keyField.length === 0) return prefix;
  const keys = typeof keyField === 'string' ? [keyField] : keyField;
  return `${prefix}(${keys.map((k) => `val.${k} && val.${k} == obj.${k}`).join(' && ')})`;
}

export function toEntry(result: CommandResults): Entry {
  const entryContext: Record<string, JsonValue> = {};
  for (const output of result.outputs ?? []) entryContext[contextKey(output.prefix, output.keyField)] = output.value;
  const firstOutput = result.outputs?.[0]?.value;
  const contents = result.raw !== undefined ? result.raw : (firstOutput ?? result.readable);
  const entry: Entry = {
    Type: result.type ?? (result.file ? 3 : 1),
    ContentsFormat: typeof contents === 'string' || typeof contents === 'number' ? 'text' : 'json',
    Contents: contents,
    HumanReadable: result.readable,
    ReadableContentsFormat: 'markdown',
  };
  if (Object.keys(entryContext).length > 0) entry.EntryContext = entryContext;
  if (result.file) {
    entry.File = result.file.name;
    entry.FileID = result.file.id;
  }
  if (result.polling) {
    entry.PollingCommand = result.polling.command;
    entry.NextRun = String(result.polling.nextRunSeconds);
    entry.PollingArgs = result.polling.args;
    entry.Timeout = String(result.polling.timeoutSeconds);
    if (result.polling.itemsRemaining !== undefined) entry.PollingItemsRemaining = result.polling.itemsRemaining;
  }
  return entry;
}

export function errorEntry(message: string): Entry {
  return { Type: 4, ContentsFormat: 'text', Contents: message, HumanReadable: message, ReadableContentsFormat: 'text' };
}

export type { JsonObject, JsonValue };

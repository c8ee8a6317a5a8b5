import { arg, argText } from '../xsoar/args';
import type { CommandResults, ScheduledCommand } from '../xsoar/entry';
import { UUID_HINT, UUID_PATTERN } from './shared';

/**
 * Arguments that let an action command wait for its request to finish. The first run acts and
 * returns a scheduled-command entry; the platform re-runs the command with `request_uids` set (a
 * hidden argument), which only reads the status, so a re-run can never act twice.
 */
export const POLLING_ARGS = {
  polling: arg.boolean({ defaultValue: false }),
  interval_in_seconds: arg.number({ defaultValue: 30, min: 10, max: 3600 }),
  timeout_in_seconds: arg.number({ defaultValue: 600, min: 30, max: 86_400 }),
  request_uids: arg.list({ hidden: true, itemPattern: UUID_PATTERN, itemHint: UUID_HINT, maxItems: 100 }),
};

export interface PollingSettings {
  polling: boolean;
  interval_in_seconds: number;
  timeout_in_seconds: number;
}

/** The arguments of the next run, as strings (the platform passes arguments as text). */
export function pollingArgs(args: Readonly<Record<string, unknown>>, requestUids: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[name] = Array.isArray(value) ? value.join(',') : argText(value);
  }
  out['polling'] = 'true';
  if (requestUids.length > 0) out['request_uids'] = requestUids.join(',');
  return out;
}

/** Attaches "run me again" to a result. */
export function schedule(
  result: CommandResults,
  command: string,
  settings: PollingSettings,
  args: Record<string, string>,
  remaining?: number,
): CommandResults {
  const polling: ScheduledCommand = {
    command,
    nextRunSeconds: settings.interval_in_seconds,
    args,
    timeoutSeconds: settings.timeout_in_seconds,
  };
  if (remaining !== undefined) polling.itemsRemaining = remaining;
  return { ...result, polling };
}

/** Request statuses after which nothing more happens (unenroll and wipe requests). */
export const FINAL_REQUEST_STATUSES: ReadonlySet<string> = new Set(['Completed', 'Canceled', 'Failed']);
/** Action statuses after which nothing more happens (freeze, unenroll and wipe actions). */
export const FINAL_ACTION_STATUSES: ReadonlySet<string> = new Set(['Succeeded', 'Completed', 'Failed', 'Canceled', 'Ineligible']);

import type { CommandDefinition } from '../command';
import { reachRequestCancelCommand } from './reach-request-cancel';
import { reachRequestGetCommand } from './reach-request-get';
import { reachRequestListCommand } from './reach-request-list';
import { reachScriptGetCommand } from './reach-script-get';
import { reachScriptListCommand } from './reach-script-list';
import { reachScriptRunCommand } from './reach-script-run';

/** Reach: run approved scripts from the Reach Library and follow their requests. */
export const REACH_COMMANDS: readonly CommandDefinition[] = [
  reachScriptListCommand,
  reachScriptGetCommand,
  reachScriptRunCommand,
  reachRequestListCommand,
  reachRequestGetCommand,
  reachRequestCancelCommand,
];

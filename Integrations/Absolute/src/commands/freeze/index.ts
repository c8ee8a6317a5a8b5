import type { CommandDefinition } from '../command';

/** Freeze requests, freeze messages and un-enrolment: the commands that act on devices. */
export const FREEZE_COMMANDS: readonly CommandDefinition[] = [];

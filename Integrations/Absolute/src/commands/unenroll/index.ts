import type { CommandDefinition } from '../command';
import { unenrollCommand } from './unenroll';

/** Un-enrolment: frees the licenses of devices that leave the fleet. */
export const UNENROLL_COMMANDS: readonly CommandDefinition[] = [unenrollCommand];

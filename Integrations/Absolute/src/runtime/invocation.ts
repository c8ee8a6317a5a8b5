import { z } from 'zod';
import type { Entry, JsonObject } from '../xsoar/entry';

/**
 * Arguments are kept as parsed rather than copied: a copy drops an own `__proto__` key, which
 * must reach the argument check and be refused as an unknown argument.
 */
const argsObject = z.custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
  message: 'must be an object of argument values',
});

/** The one JSON object read from stdin (README: "Runner protocol"). */
export const invocationSchema = z.object({
  command: z.string().min(1),
  params: z.record(z.string(), z.unknown()).default({}),
  args: argsObject.default({}),
  lastRun: z.record(z.string(), z.unknown()).nullable().optional(),
  /** Where file entries are written; else ABSOLUTE_FILES_DIR, else the working directory. */
  filesDir: z.string().optional(),
});

export type Invocation = z.input<typeof invocationSchema>;

/** The one JSON object written to stdout. */
export interface RunnerOutput {
  entries: Entry[];
  /** State for the next run; null when the command leaves it unchanged (and after a failure). */
  lastRun: JsonObject | null;
  /** Present for event collection commands. */
  events?: JsonObject[];
}

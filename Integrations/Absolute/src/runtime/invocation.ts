import { z } from 'zod';
import type { Entry, JsonObject } from '../xsoar/entry';

/** The one JSON object read from stdin (README: "Runner protocol"). */
export const invocationSchema = z.object({
  command: z.string().min(1),
  params: z.record(z.string(), z.unknown()).default({}),
  args: z.record(z.string(), z.unknown()).default({}),
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

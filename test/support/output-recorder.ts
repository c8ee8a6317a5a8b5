import type { Entry } from '../../Integrations/Absolute/src/xsoar/entry';
import { contextPaths } from './context-paths';

interface CommandRun {
  ok: boolean;
  output: { entries: Entry[] };
}

/**
 * Runs commands for an output-coverage test and keeps, per command, every context path its entries
 * wrote, to compare with the outputs the manifest declares. A failed run stops the test: its
 * missing paths would otherwise read as undeclared outputs.
 */
export class OutputRecorder {
  private readonly written = new Map<string, Set<string>>();

  constructor(private readonly run: (command: string, args: Record<string, unknown>) => Promise<CommandRun>) {}

  readonly record = async (command: string, args: Record<string, unknown>): Promise<Entry[]> => {
    const result = await this.run(command, args);
    if (!result.ok) throw new Error(`${command} failed: ${String(result.output.entries[0]?.Contents)}`);
    const paths = this.written.get(command) ?? new Set<string>();
    contextPaths(result.output.entries).forEach((p) => paths.add(p));
    this.written.set(command, paths);
    return result.output.entries;
  };

  pathsOf(command: string): string[] {
    return [...(this.written.get(command) ?? [])].sort();
  }
}

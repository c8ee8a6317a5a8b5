import type { Invocation } from '../../Integrations/Absolute/src/runtime/invocation';
import type { RunResult } from '../../Integrations/Absolute/src/runtime/run-invocation';
import type { Entry } from '../../Integrations/Absolute/src/xsoar/entry';
import type { Invoke } from '../../scripts/playbook/integration-command';

export type Script = (args: Record<string, unknown>, call: number) => Entry[] | Error;

/** A scripted integration: each command answers from a function; every call is recorded. */
export function fakeIntegration(scripts: Record<string, Script>): {
  invoke: Invoke;
  calls: { command: string; args: Record<string, unknown> }[];
} {
  const calls: { command: string; args: Record<string, unknown> }[] = [];
  const counts = new Map<string, number>();
  const invoke: Invoke = async (invocation: Invocation): Promise<RunResult> => {
    const args = invocation.args ?? {};
    calls.push({ command: invocation.command, args });
    const n = counts.get(invocation.command) ?? 0;
    counts.set(invocation.command, n + 1);
    const script = scripts[invocation.command];
    const answer = script ? script(args, n) : new Error(`no fake for ${invocation.command}`);
    if (answer instanceof Error) {
      const text = `Failed to execute ${invocation.command} command.\nError:\n${answer.message}`;
      return { ok: false, output: { entries: [{ Type: 4, ContentsFormat: 'text', Contents: text, HumanReadable: text }], lastRun: null } };
    }
    return { ok: true, output: { entries: answer, lastRun: null } };
  };
  return { invoke, calls };
}

export function note(readable: string, context?: Record<string, unknown>, extra: Partial<Entry> = {}): Entry {
  return {
    Type: 1,
    ContentsFormat: 'json',
    Contents: context ?? readable,
    HumanReadable: readable,
    ...(context ? { EntryContext: context as Entry['EntryContext'] } : {}),
    ...extra,
  };
}

export const noSleep = async (): Promise<void> => undefined;

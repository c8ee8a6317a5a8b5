import type { RunDeps } from '../../Integrations/Absolute/src/runtime/run-invocation';
import type { Invoke, Sleep } from './integration-command';
import type { PlaybookLibrary } from './load-playbook';
import type { Playbook } from './playbook-schema';
import type { Transcript } from './transcript';
import type { Scope } from './values';

/** Why a run stopped, or which error-path task it reached. */
export interface FailedTask {
  playbook: string;
  taskId: string;
  taskName: string;
  reason: string;
}

export interface PlaybookRunResult {
  ok: boolean;
  failedTask?: FailedTask;
}

export interface RunStats {
  tasks: number;
  commands: number;
  conditions: number;
  polls: number;
  subPlaybooks: number;
}

/** Everything shared by a run and the sub-playbooks it calls. */
export interface RunEnv {
  params: Readonly<Record<string, unknown>>;
  sleep: Sleep;
  runDeps?: RunDeps;
  invoke?: Invoke;
  filesDir?: string;
  library: PlaybookLibrary;
  depth: number;
  stats: RunStats;
  execute(playbook: Playbook, scope: Scope, transcript: Transcript, env: RunEnv): Promise<PlaybookRunResult>;
}

/** Sub-playbooks calling sub-playbooks this deep are almost certainly recursion. */
export const MAX_DEPTH = 8;

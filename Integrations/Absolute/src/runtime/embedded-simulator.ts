import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface EmbeddedSimulator {
  url: string;
  tokenId: string;
  secretKey: string;
  /** One sentence for the banner: where the tenant is kept and whether it was new. */
  stateNote: string;
  /** Saves the tenant (when it has a state file), then stops the server. */
  close(): Promise<void>;
}

/** The parts of dist/simulator.cjs the command line uses; typed here so no simulator code is imported. */
interface SimulatorModule {
  startSimulator(options?: {
    port?: number;
    snapshot?: unknown;
  }): Promise<{ url: string; state: { snapshot(): unknown }; close(): Promise<void> }>;
  DEMO_CREDENTIALS: { hs256: { tokenId: string; secretKey: string } };
  readStateFile(path: string): { kind: 'none' } | { kind: 'found'; snapshot: unknown } | { kind: 'unusable'; reason: string };
  writeStateFile(path: string, snapshot: unknown): void;
  removeStateFile(path: string): boolean;
}

export interface EmbeddedOptions {
  /** Where the tenant is kept between calls. */
  stateFile: string;
  /** Start from a fresh tenant (the saved one is removed). */
  reset: boolean;
  /** Problems worth a line on stderr (an unreadable or unwritable state file). */
  warn: (line: string) => void;
}

/** The embedded simulator's state file: ABSOLUTE_SIMULATOR_STATE_DIR, else $XDG_STATE_HOME, else ~/.local/state. */
export function simulatorStateFile(env: Readonly<Record<string, string | undefined>>): string {
  const dir =
    env['ABSOLUTE_SIMULATOR_STATE_DIR'] ||
    join(env['XDG_STATE_HOME'] || join(env['HOME'] || homedir(), '.local', 'state'), 'absolute-pack');
  return join(dir, 'simulator-state.json');
}

function loadSimulator(bundleDir: string): SimulatorModule {
  const load = createRequire(join(bundleDir, 'absolute.cjs'));
  return load(join(bundleDir, 'simulator.cjs')) as SimulatorModule;
}

/**
 * Starts the simulator bundled beside this file (dist/simulator.cjs), with the tenant the previous
 * call left. It is loaded only on demand, so the integration's own start-up never pays for it.
 */
export async function startEmbeddedSimulator(bundleDir: string, options: EmbeddedOptions): Promise<EmbeddedSimulator> {
  const simulator = loadSimulator(bundleDir);
  const { stateFile, warn } = options;
  if (options.reset) simulator.removeStateFile(stateFile);
  const saved = simulator.readStateFile(stateFile);
  if (saved.kind === 'unusable')
    warn(`The simulator's saved tenant ${stateFile} is unusable (${saved.reason}); starting from a fresh tenant, which replaces it.`);
  let running;
  let resumed = saved.kind === 'found';
  try {
    running = await simulator.startSimulator({ port: 0, snapshot: saved.kind === 'found' ? saved.snapshot : undefined });
  } catch (error) {
    if (saved.kind !== 'found') throw error;
    warn(
      `The simulator's saved tenant ${stateFile} could not be loaded (${error instanceof Error ? error.message : String(error)}); starting from a fresh tenant.`,
    );
    running = await simulator.startSimulator({ port: 0 });
    resumed = false;
  }
  const started = running;
  const stateNote = resumed
    ? `It remembers earlier calls (tenant saved in ${stateFile}; --reset or "absolute simulator reset" starts afresh).`
    : `It starts from a fresh tenant and remembers this call's changes in ${stateFile} (--reset or "absolute simulator reset" starts afresh).`;
  return {
    url: started.url,
    ...simulator.DEMO_CREDENTIALS.hs256,
    stateNote,
    close: async () => {
      try {
        simulator.writeStateFile(stateFile, started.state.snapshot());
      } catch (error) {
        warn(
          `Could not save the simulator's tenant to ${stateFile} (${(error as NodeJS.ErrnoException).code ?? String(error)}): the next call will not remember this one.`,
        );
      }
      await started.close();
    },
  };
}

/** `absolute simulator reset`: forgets the saved tenant. */
export function resetEmbeddedSimulator(bundleDir: string, stateFile: string): boolean {
  return loadSimulator(bundleDir).removeStateFile(stateFile);
}

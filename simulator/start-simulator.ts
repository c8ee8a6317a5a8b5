import { buildTokenRegistry } from './jws/token-registry';
import { resolveOptions, type SimulatorOptions } from './options';
import { allRoutes } from './routes/all-routes';
import { Router } from './routes/router';
import { Delays } from './server/delays';
import { FaultInjector, type FaultConfig } from './server/faults';
import { listen } from './server/http-server';
import { SlidingWindowLimiter } from './server/rate-limiter';
import { StatsRecorder, type SimulatorStats } from './server/stats';
import { SimulatorState } from './state/simulator-state';

export interface RunningSimulator {
  /** e.g. `http://127.0.0.1:54321` (no trailing slash). */
  url: string;
  port: number;
  /** Read/write access to the simulated tenant, for tests. */
  state: SimulatorState;
  stats(): SimulatorStats;
  setFaults(faults: FaultConfig): void;
  setClock(now: () => number): void;
  close(): Promise<void>;
}

/** Starts an in-process Absolute API v3 simulator listening on `host:port`. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const resolved = resolveOptions(options);
  const state = new SimulatorState({
    seed: resolved.seed,
    fleetSize: resolved.fleetSize,
    now: resolved.now,
    actionProgressMs: resolved.actionProgressMs,
    eventsPerMinute: resolved.eventsPerMinute,
    seedFreezeMessages: resolved.seedFreezeMessages,
    epochMs: options.snapshot?.epochMs,
  });
  if (options.snapshot) state.restore(options.snapshot);
  const stats = new StatsRecorder(resolved.strict);
  let faults = new FaultInjector(resolved.faults);
  const delays = new Delays();
  const limit = resolved.rateLimitPerSecond;
  const listening = await listen(
    {
      state,
      stats,
      tokens: buildTokenRegistry(resolved.tokens),
      router: new Router(allRoutes()),
      issuedAtWindowMs: resolved.issuedAtWindowMs,
      limiter: limit === false ? undefined : new SlidingWindowLimiter(limit),
      faults: () => faults,
      delays,
      strict: resolved.strict,
    },
    resolved.host,
    resolved.port,
  );
  const urlHost = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  return {
    url: `http://${urlHost}:${listening.port}`,
    port: listening.port,
    state,
    stats: () => stats.snapshot(),
    setFaults: (config) => {
      faults = new FaultInjector(config);
    },
    setClock: (now) => state.setClock(now),
    close: () => listening.close(),
  };
}

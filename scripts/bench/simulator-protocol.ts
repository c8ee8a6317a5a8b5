import type { SimulatorStats } from '../../simulator';

/** How the bench starts its simulator process (the options of `startSimulator`). */
export interface SimulatorHostOptions {
  fleetSize: number;
  rateLimitPerSecond: number | false;
  eventsPerMinute: number;
  seed?: number;
}

/** Bench → simulator process. */
export type HostRequest =
  | { id: number; type: 'stats' }
  | { id: number; type: 'deviceUids'; count: number }
  /** Adds `count` SIEM events spread over [fromMs, toMs]; about one in three shares its millisecond with the previous one. */
  | { id: number; type: 'addEvents'; count: number; fromMs: number; toMs: number }
  | { id: number; type: 'close' };

/** Simulator process → bench. */
export type HostMessage =
  | { type: 'ready'; url: string; tokenId: string; secretKey: string }
  | { id: number; ok: true; result: SimulatorStats | string[] | number | null }
  | { id: number; ok: false; error: string };

/** The flag that makes dist/bench.cjs act as the simulator process instead of the bench. */
export const SIMULATOR_HOST_FLAG = '--simulator-host';

import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface EmbeddedSimulator {
  url: string;
  tokenId: string;
  secretKey: string;
  close(): Promise<void>;
}

interface SimulatorModule {
  startSimulator(options?: { port?: number }): Promise<{ url: string; close(): Promise<void> }>;
  DEMO_CREDENTIALS: { hs256: { tokenId: string; secretKey: string } };
}

/**
 * Starts the simulator bundled beside this file (dist/simulator.cjs). It is loaded only on demand,
 * so the integration's own start-up never pays for it.
 */
export async function startEmbeddedSimulator(bundleDir: string): Promise<EmbeddedSimulator> {
  const load = createRequire(join(bundleDir, 'absolute.cjs'));
  const simulator = load(join(bundleDir, 'simulator.cjs')) as SimulatorModule;
  const running = await simulator.startSimulator({ port: 0 });
  return { url: running.url, ...simulator.DEMO_CREDENTIALS.hs256, close: () => running.close() };
}

import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RunningSimulator, SimulatorOptions, SimulatorStats } from '../../simulator';
import type { HostMessage, HostRequest, SimulatorHostOptions } from './simulator-protocol';

interface SimulatorBundle {
  startSimulator(options: SimulatorOptions): Promise<RunningSimulator>;
  DEMO_CREDENTIALS: { hs256: { tokenId: string; secretKey: string } };
}

/**
 * The simulator process: loads the shipped dist/simulator.cjs (not a copy bundled into the bench),
 * starts it with the bench's options, then answers the bench's requests over the IPC channel.
 */
export async function runSimulatorHost(optionsJson: string): Promise<void> {
  const options = JSON.parse(optionsJson) as SimulatorHostOptions;
  const bundle = createRequire(__filename)(join(__dirname, 'simulator.cjs')) as SimulatorBundle;
  const sim = await bundle.startSimulator({
    fleetSize: options.fleetSize,
    rateLimitPerSecond: options.rateLimitPerSecond,
    eventsPerMinute: options.eventsPerMinute,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const send = (message: HostMessage) => process.send?.(message);
  process.on('message', (request: HostRequest) => {
    try {
      send({ id: request.id, ok: true, result: answer(sim, request) });
      if (request.type === 'close') void sim.close().finally(() => process.exit(0));
    } catch (error) {
      send({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
  process.on('disconnect', () => {
    void sim.close().finally(() => process.exit(0));
  });
  send({ type: 'ready', url: sim.url, ...bundle.DEMO_CREDENTIALS.hs256 });
}

function answer(sim: RunningSimulator, request: HostRequest): SimulatorStats | string[] | number | null {
  switch (request.type) {
    case 'stats':
      return sim.stats();
    case 'deviceUids':
      return Array.from({ length: Math.min(request.count, sim.state.fleet.size) }, (_, i) => sim.state.fleet.identity(i).deviceUid);
    case 'addEvents':
      return addEvents(sim, request.count, request.fromMs, request.toMs);
    case 'close':
      return null;
  }
}

function addEvents(sim: RunningSimulator, count: number, fromMs: number, toMs: number): number {
  const step = (toMs - fromMs) / count;
  const batch = [];
  let previousMs = fromMs;
  for (let i = 0; i < count; i++) {
    // Shared milliseconds are what a watermark must get right; a third of the events have one.
    const createdMs = i % 3 === 2 ? previousMs : Math.floor(fromMs + i * step);
    previousMs = createdMs;
    batch.push({
      createdDateTimeUtc: new Date(createdMs).toISOString(),
      eventType: 'DeviceLocationUpdated',
      objectProperties: `PropertyName[0]=City;OldValue[0]=Paris;NewValue[0]=Lyon`,
    });
    if (batch.length === 10_000) sim.state.addEvents(batch.splice(0));
  }
  if (batch.length > 0) sim.state.addEvents(batch);
  return count;
}

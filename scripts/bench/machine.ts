import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { MachineInfo } from './report';

export function machineInfo(now = new Date()): MachineInfo {
  const cores = cpus();
  return {
    cpuModel: cores[0]?.model.trim() ?? 'unknown CPU',
    cores: cores.length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${platform()} ${release()}`,
    date: now.toISOString(),
    loadAverage: loadAverage(),
  };
}

/** The 1, 5 and 15 minute load averages: on a shared machine, the context every wall time needs. */
export function loadAverage(): [number, number, number] {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return [one, five, fifteen];
}

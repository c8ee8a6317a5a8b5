import { cpus, platform, release, totalmem } from 'node:os';
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
  };
}

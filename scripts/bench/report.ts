/** One line of the results table: a figure, what it is compared with, and the goal it must meet. */
export interface Figure {
  /** Which benchmark it belongs to (cold start, export, ...). */
  group: string;
  name: string;
  value: string;
  baseline: string;
  goal: string;
  /** undefined: informational, no goal. */
  met?: boolean;
  /** The raw numbers behind the text, for results.json. */
  data?: Record<string, unknown>;
}

export function verdict(met: boolean | undefined): string {
  return met === undefined ? '' : met ? 'met' : 'MISSED';
}

/** The GitHub-flavoured markdown table printed at the end and kept in results.json. */
export function markdownTable(figures: readonly Figure[]): string {
  const header = ['Benchmark', 'Figure', 'Measured', 'Baseline', 'Goal', ''];
  const rows = figures.map((f) => [f.group, f.name, f.value, f.baseline, f.goal, verdict(f.met)]);
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const lines = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.map(cell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  date: string;
  /** 1/5/15-minute load averages when the bench started. */
  loadAverage?: [number, number, number];
}

export function machineLine(m: MachineInfo): string {
  const load = m.loadAverage ? `, ${loadText(m.loadAverage)}` : '';
  return `${m.cpuModel}, ${m.cores} cores, ${m.memoryGb} GB RAM, Node ${m.node} on ${m.platform}, ${m.date}${load}`;
}

export function loadText(load: readonly number[]): string {
  return `load average ${load.map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`;
}

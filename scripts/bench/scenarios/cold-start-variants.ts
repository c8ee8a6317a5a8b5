import type { Figure } from '../report';
import { formatMs, median, percentile } from '../stats';

export const COLD_START_GOAL_MS = 80;

/** A Node.js binary the cold start runs on. */
export interface ColdStartNode {
  key: string;
  path: string;
  /** `Node v20.20.2`. */
  label: string;
}

/**
 * One way of starting the pack that is timed against bare node on the same binary. `warm`: the
 * code-cache folder of that Node, filled by the warm-up rounds (every command after the first);
 * `empty`: a new empty folder for every run, so the run compiles everything and writes the cache
 * (the first command after an install or an upgrade).
 */
export interface ColdStartVariant {
  key: string;
  name: string;
  node: ColdStartNode;
  command: 'test-module' | 'help';
  cache: 'warm' | 'empty';
  /** Held to the goal, or shown for reference. */
  goal: boolean;
}

/**
 * The goal lines (test-module on stdin with the cache of an earlier run, on every Node), then the
 * references: each Node's first run, and `--help` on the machine's Node.
 */
export function coldStartVariants(nodes: readonly ColdStartNode[]): ColdStartVariant[] {
  const [here] = nodes;
  return [
    ...nodes.map((node): ColdStartVariant => ({
      key: `${node.key}-warm`,
      name: `test-module via stdin, ${node.label}, code cache of an earlier run`,
      node,
      command: 'test-module',
      cache: 'warm',
      goal: true,
    })),
    ...nodes.map((node): ColdStartVariant => ({
      key: `${node.key}-first`,
      name: `first run: test-module via stdin, ${node.label}, empty code cache (compiles, then writes it)`,
      node,
      command: 'test-module',
      cache: 'empty',
      goal: false,
    })),
    ...(here
      ? [
          {
            key: 'help',
            name: `--help, ${here.label}, code cache of an earlier run`,
            node: here,
            command: 'help',
            cache: 'warm',
            goal: false,
          } as const,
        ]
      : []),
  ];
}

/** One cold-start line: the median over bare node's median, with the interquartile spread of both. */
export function coldStartFigure(
  name: string,
  pack: readonly number[],
  bare: readonly number[],
  bareLabel: string,
  withGoal: boolean,
): Figure {
  const packMs = median(pack);
  const bareMs = median(bare);
  const spread = (v: readonly number[]) => `${formatMs(percentile(v, 25))}–${formatMs(percentile(v, 75))}`;
  return {
    group: 'Cold start',
    name: `${name}, median of ${pack.length}`,
    value: `${formatMs(packMs)} (+${formatMs(packMs - bareMs)}; p25–p75 ${spread(pack)})`,
    baseline: `bare node -e 0 on ${bareLabel}: ${formatMs(bareMs)} (p25–p75 ${spread(bare)})`,
    goal: withGoal ? `≤ bare + ${COLD_START_GOAL_MS} ms` : '—',
    ...(withGoal ? { met: packMs - bareMs <= COLD_START_GOAL_MS } : {}),
    data: { packMs, bareMs, overheadMs: packMs - bareMs, runs: pack.length, pack: [...pack], bare: [...bare] },
  };
}

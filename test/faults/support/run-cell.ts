import { runInvocation, type RunResult } from '../../../Integrations/Absolute/src/runtime/run-invocation';
import type { ActionKind, RunningSimulator, SimulatorStats } from '../../../simulator';
import { findLeaks } from '../../security/support/leaks';
import { startTestSimulator } from '../../support/harness';
import { withStderr } from './capture-stderr';
import { FREEZE_ARGS, otherDevice, type CommandCase, type Fixtures } from './command-cases';
import { SUITE_CREDENTIALS, SUITE_TOKEN } from './credentials';
import { FAULT_EPOCH, FakeClock } from './fake-clock';
import { unclearFailure, unreadable } from './failure-shape';
import type { Scenario } from './scenarios';
import type { Totals } from './totals';

export interface CellReport {
  ok: boolean;
  /** Everything wrong with this cell; the test asserts it is empty. */
  problems: string[];
  message: string;
}

/**
 * Runs one command under one fault scenario on a fresh simulator (so stats, state and pending
 * stalls of one cell can never bleed into the next), then checks outcome, wording, duplicates and
 * leaks, and adds the cell to `totals`.
 */
export async function runCell(c: CommandCase, scenario: Scenario, totals: Totals): Promise<CellReport> {
  const clock = new FakeClock(FAULT_EPOCH);
  const sim = await startTestSimulator({ now: clock.now, tokens: [SUITE_TOKEN] });
  const logs: string[] = [];
  try {
    const fixtures = await prepare(sim, clock);
    sim.setFaults(scenario.faults(c));
    const before = sim.stats();
    const { value: result, stderr } = await withStderr(() =>
      runInvocation(
        { command: c.command, params: params(sim, { ...c.params, ...scenario.params }), args: c.args(fixtures), lastRun: null },
        { now: clock.now, sleep: clock.sleep, random: () => 0.5, log: (line) => logs.push(line) },
      ),
    );
    const after = sim.stats();
    const report = check(c, scenario, result, before, after, totals);
    const leaks = findLeaks([JSON.stringify(result.output), ...logs, stderr].join('\n'), SUITE_CREDENTIALS);
    if (leaks.length > 0) {
      totals.leaks += leaks.length;
      report.problems.push(...leaks.map((l) => `leak: ${l}`));
    }
    if (/simulator: (unexpected error|request failed)/.test(stderr)) report.problems.push(`the simulator crashed: ${stderr.trim()}`);
    return report;
  } finally {
    await sim.close();
  }
}

export function params(sim: RunningSimulator, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    url: sim.url,
    credentials: { identifier: SUITE_CREDENTIALS.tokenId, password: SUITE_CREDENTIALS.secret },
    command_timeout_seconds: 30,
    ...extra,
  };
}

/** Creates what the read cases need before any fault is armed. */
async function prepare(sim: RunningSimulator, clock: FakeClock): Promise<Fixtures> {
  const setup = await runInvocation(
    { command: 'absolute-device-freeze-request', params: params(sim), args: { ...FREEZE_ARGS, device_ids: otherDevice(sim) } },
    { now: clock.now, sleep: clock.sleep },
  );
  const outcome = Object.values(setup.output.entries[0]?.EntryContext ?? {})[0] as Array<{ RequestUID?: string }> | undefined;
  const freezeRequestUid = outcome?.[0]?.RequestUID;
  if (!setup.ok || !freezeRequestUid) throw new Error(`fixture freeze request failed: ${JSON.stringify(setup.output)}`);
  return { freezeRequestUid, otherDeviceUid: otherDevice(sim) };
}

function check(
  c: CommandCase,
  scenario: Scenario,
  result: RunResult,
  before: SimulatorStats,
  after: SimulatorStats,
  totals: Totals,
): CellReport {
  const problems: string[] = [];
  const entries = result.output.entries;
  const message = typeof entries[0]?.Contents === 'string' ? entries[0].Contents : '';
  totals.scenarios += 1;
  totals.requests += after.requestsTotal - before.requestsTotal;
  totals.faultsInjected += after.faultsTotal - before.faultsTotal;
  if (result.ok) {
    totals.successes += 1;
    if (scenario.expect === 'fail') problems.push('succeeded although every request was faulted');
    for (const entry of entries) {
      if (entry.Type === 4) problems.push('a successful run returned an error entry');
      problems.push(...unreadable(entry.HumanReadable ?? '').map((p) => `readable output ${p}`));
    }
  } else {
    const unclear = unclearFailure(entries, c.command);
    if (unclear.length === 0) totals.clearFailures += 1;
    problems.push(...unclear);
    if (scenario.expect === 'ok') problems.push('failed although it should succeed');
    if (scenario.message && !scenario.message.test(message)) problems.push(`the message does not match ${scenario.message}`);
    if (result.output.lastRun !== null) problems.push('a failed run advanced lastRun');
  }
  const acted =
    Object.values(after.actionsCreated).reduce((a, b) => a + b, 0) - Object.values(before.actionsCreated).reduce((a, b) => a + b, 0);
  // A failure after the action was created must say so, or re-running the command duplicates it.
  if (!result.ok && acted > 0 && !/may have carried out|already sent|were created/.test(message))
    problems.push('failed after acting without saying the action may have been carried out');
  for (const kind of Object.keys(after.actionsCreated) as ActionKind[]) {
    const created = after.actionsCreated[kind] - before.actionsCreated[kind];
    const allowed = c.actions[kind] ?? 0;
    if (created > allowed) {
      totals.duplicates += created - allowed;
      problems.push(`created ${created} ${kind} action request(s), at most ${allowed} allowed`);
    }
    if (result.ok && created !== allowed) problems.push(`succeeded but created ${created} ${kind} action request(s) instead of ${allowed}`);
  }
  return { ok: result.ok, problems, message };
}

import { ALL_CASES } from './support/command-cases';
import { runCell } from './support/run-cell';
import { INSTANT_SCENARIOS, TIMED_SCENARIOS } from './support/scenarios';
import { emptyTotals, formatTotals } from './support/totals';

/**
 * Every representative command under every simulator fault knob. Each cell checks: success or one
 * clear error entry, the expected outcome, no action request created more often than the command
 * sends it, and no credential or JWS in any output. Retries sleep on a virtual clock, so only the
 * timed scenarios cost wall time. (Jest itself fails a test on an unhandled rejection.)
 */
const totals = emptyTotals();

afterAll(() => {
  console.log(formatTotals('Fault suite totals', totals));
  expect(totals.duplicates).toBe(0);
  expect(totals.leaks).toBe(0);
});

describe.each(ALL_CASES.map((c) => [c.command, c] as const))('%s', (_name, c) => {
  test.each([...INSTANT_SCENARIOS, ...TIMED_SCENARIOS].map((s) => [s.name, s] as const))('%s', async (_scenario, scenario) => {
    const report = await runCell(c, scenario, totals);
    expect({ problems: report.problems, message: report.message }).toEqual({ problems: [], message: expect.any(String) as unknown });
  });
});

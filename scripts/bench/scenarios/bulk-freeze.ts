import { runNode } from '../child-run';
import { packEnv, warmSharedCodeCache } from '../code-cache';
import { failureText, parsePackOutput, type BenchContext } from '../context';
import type { Figure } from '../report';
import { SimulatorProcess } from '../simulator-process';
import { formatCount, formatMs } from '../stats';

/** The documented API limit the pack must stay under without being told. */
const API_RATE_PER_SECOND = 20;
/** Devices per freeze request (API limit). */
const FREEZE_REQUEST_MAX = 10_000;

/**
 * `absolute-device-freeze-request` for `devices` device UIDs against the simulator's default rate
 * limit (20 requests per sliding second) with the pack's default client limit: how many API
 * requests it takes, how long, and that the API never has to refuse one (429).
 */
export async function bulkFreeze(ctx: BenchContext, devices: number): Promise<Figure[]> {
  const sim = await SimulatorProcess.start(ctx.benchBundle, {
    fleetSize: Math.max(devices, 2500),
    rateLimitPerSecond: API_RATE_PER_SECOND,
    eventsPerMinute: 0,
  });
  try {
    await warmSharedCodeCache(ctx, sim);
    const uids = await sim.deviceUids(devices);
    const input = JSON.stringify({
      command: 'absolute-device-freeze-request',
      params: sim.params(),
      args: {
        device_ids: uids.join(','),
        request_name: 'Bench bulk freeze',
        html_message: '<p>This device has been frozen by IT (benchmark).</p>',
        message_name: 'Bench freeze message',
        device_freeze_type: 'OnDemand',
        passcode_type: 'RandomForAll',
        passcode_length: '6',
      },
    });
    const before = await sim.stats();
    const run = await runNode([ctx.packBundle], { input, env: packEnv(ctx.codeCache) });
    const after = await sim.stats();
    const output = parsePackOutput(run.stdout, 'bulk freeze');
    if (run.code !== 0) throw new Error(`bulk freeze failed: ${failureText(output)}`);
    const requests = after.requestsTotal - before.requestsTotal;
    const refused = after.responses429 - before.responses429;
    const created = after.actionsCreated.freeze - before.actionsCreated.freeze;
    const outcomes = Object.values(output.entries[0]?.EntryContext ?? {})[0] as Array<{ SucceededDeviceUIDs?: string[] }> | undefined;
    const succeeded = (outcomes ?? []).reduce((n, o) => n + (o.SucceededDeviceUIDs?.length ?? 0), 0);
    const byRoute = Object.entries(after.requestsByRoute)
      .map(([route, n]) => [route, n - (before.requestsByRoute[route] ?? 0)] as const)
      .filter(([, n]) => n > 0);
    ctx.log(
      `bulk freeze: ${requests} requests (${byRoute.map(([r, n]) => `${n} × ${r}`).join(', ')}), ${refused} × 429, ${formatMs(run.wallMs)}`,
    );
    const minimumRequests = Math.ceil(devices / FREEZE_REQUEST_MAX);
    const group = `Bulk freeze (${formatCount(devices)} devices)`;
    return [
      {
        group,
        name: 'API requests',
        value: `${requests} (${created} freeze requests of ≤ ${formatCount(FREEZE_REQUEST_MAX)} devices; ${formatCount(succeeded)} devices accepted, the rest ineligible: agent not active or stolen)`,
        baseline: `at least ${minimumRequests} creates`,
        goal: '—',
        data: { requests, created, succeeded, byRoute: Object.fromEntries(byRoute) },
      },
      { group, name: 'wall time', value: formatMs(run.wallMs), baseline: '—', goal: '—', data: { wallMs: run.wallMs } },
      {
        group,
        name: '429 responses at the default 20 req/s limit',
        value: String(refused),
        baseline: '—',
        goal: '0',
        met: refused === 0 && created === minimumRequests,
        data: { refused },
      },
    ];
  } finally {
    await sim.close();
  }
}

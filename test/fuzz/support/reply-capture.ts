import { allRoutes } from '../../../simulator/routes/all-routes';
import { Router } from '../../../simulator/routes/router';
import type { FuzzEnv } from './fuzz-env';
import { responseCases, type ResponseCase } from './response-cases';

const ROUTER = new Router(allRoutes());

/** `METHOD /v3/path` with the API's `{param}` templates, the key replies are planned by. */
export function routeKey(method: string, uri: string): string {
  const match = ROUTER.match(method as Parameters<Router['match']>[0], uri);
  return match.kind === 'found' ? `${method} ${match.route.path}` : `${method} ${uri}`;
}

export interface Capture {
  cases: ResponseCase[];
  /** A real reply per route, as the simulator gave it. */
  templates: Map<string, { status: number; body: unknown }>;
  routesByCase: Map<string, string[]>;
}

/**
 * Runs every case once against the simulator (behind the recording proxy) and keeps each route's
 * reply as the template the fuzz damages. Schema drift in the simulator flows into the fuzz.
 */
export async function captureReplies(env: FuzzEnv): Promise<Capture> {
  const freeze = await env.run('absolute-device-freeze-request', {
    request_name: 'Fuzz',
    html_message: '<p>x</p>',
    message_name: 'Fuzz',
    device_freeze_type: 'OnDemand',
    passcode_type: 'RandomForAll',
    passcode_length: '6',
    device_ids: env.fixtures.otherDeviceUid,
  });
  const wipe = await env.run('absolute-wipe-request-create', { device_uids: env.fixtures.otherDeviceUid });
  const ids = {
    freezeRequestUid: String(
      (Object.values(freeze.result.output.entries[0]?.EntryContext ?? {})[0] as Array<{ RequestUID?: string }> | undefined)?.[0]
        ?.RequestUID,
    ),
    wipeRequestUid: String((wipe.result.output.entries[0]?.Contents as Array<{ requestUid?: string }> | undefined)?.[0]?.requestUid),
    spareMessageUid: env.sim.state.messages.list().at(-1)?.messageUid ?? '',
  };
  const cases = responseCases(env.fixtures, ids);
  const templates = new Map<string, { status: number; body: unknown }>();
  const routesByCase = new Map<string, string[]>();
  for (const c of cases) {
    const run = await env.run(c.command, c.args, { lastRun: c.lastRun ?? null });
    if (!run.result.ok) throw new Error(`capture run of ${c.name} failed: ${JSON.stringify(run.result.output.entries[0]?.Contents)}`);
    const keys = new Set<string>();
    for (const seen of run.seen) {
      const key = routeKey(seen.method, seen.uri);
      keys.add(key);
      const body = seen.response ? (JSON.parse(seen.response) as unknown) : undefined;
      if (!templates.has(key) || (templates.get(key)?.body === undefined && body !== undefined))
        templates.set(key, { status: seen.status, body });
    }
    routesByCase.set(c.name, [...keys]);
  }
  return { cases, templates, routesByCase };
}

import type { AbsoluteClient } from '../../absolute/client';
import { AbsoluteApiError, AbsoluteError } from '../../absolute/errors';
import type { Probe } from './probes';
import { probeReplySchema } from '../../absolute/api/probe-reply';

export type ProbeStatus = 'OK' | 'Missing permission' | 'No data visible' | 'Not available' | 'Not authenticated' | 'Failed';

export type ProbeResult = {
  Feature: string;
  Status: ProbeStatus;
  Permission: string;
  Commands: string;
  Detail: string;
};

export interface HealthReport {
  results: ProbeResult[];
  /** Local clock minus the server's (ms), when the server sent a Date header. */
  clockSkewMs: number | undefined;
}

/** Above this skew Absolute rejects the signature's issuedAt; the exact window is not published. */
export const SKEW_LIMIT_MS = 5 * 60 * 1000;

/** Runs each probe once, in order; a failure of one never stops the others. */
export async function runProbes(client: AbsoluteClient, probes: readonly Probe[], nowMs: () => number): Promise<HealthReport> {
  const results: ProbeResult[] = [];
  let clockSkewMs: number | undefined;
  for (const probe of probes) {
    const base = { Feature: probe.feature, Permission: probe.permission, Commands: probe.commands.join(', ') };
    try {
      const sentAt = nowMs();
      const response = await client.request(probe.request(sentAt), probeReplySchema);
      if (response.serverDateMs !== undefined) clockSkewMs ??= sentAt - response.serverDateMs;
      const records = response.data ?? [];
      const empty = probe.emptyMeans && records.length > 0 && !records.some((r) => r.geoData != null);
      results.push({ ...base, Status: empty ? 'No data visible' : 'OK', Detail: empty ? (probe.emptyMeans ?? '') : '' });
    } catch (error) {
      if (error instanceof AbsoluteApiError && error.serverDateMs !== undefined) clockSkewMs ??= nowMs() - error.serverDateMs;
      results.push({ ...base, ...classify(error) });
    }
  }
  return { results, clockSkewMs };
}

function classify(error: unknown): { Status: ProbeStatus; Detail: string } {
  if (error instanceof AbsoluteApiError && error.status === 403)
    return { Status: 'Missing permission', Detail: 'Absolute answered 403 NOT_AUTHORIZED.' };
  if (error instanceof AbsoluteApiError && error.status === 404) {
    return {
      Status: 'Not available',
      Detail: 'Absolute answered 404 for this feature: the account may lack its licence, or this API region may not offer it yet.',
    };
  }
  if (error instanceof AbsoluteApiError && error.status === 401)
    return { Status: 'Not authenticated', Detail: error.suggestion ?? error.message };
  if (error instanceof AbsoluteError) return { Status: 'Failed', Detail: error.message };
  return { Status: 'Failed', Detail: error instanceof Error ? error.message : String(error) };
}

/** One sentence about the clock, or undefined when it is fine or unknown. */
export function describeSkew(skewMs: number | undefined): string | undefined {
  if (skewMs === undefined || Math.abs(skewMs) < SKEW_LIMIT_MS) return undefined;
  const direction = skewMs > 0 ? 'ahead of' : 'behind';
  return `This machine's clock is ${Math.round(Math.abs(skewMs) / 1000)} s ${direction} Absolute's, so request signatures (issuedAt) are rejected; correct the clock (NTP).`;
}

import { AbsoluteApiError, AbsoluteError, AUTHORIZATION_ADVICE } from '../absolute/errors';
import { defineCommand } from './command';
import { PROBES } from './health/probes';
import { describeSkew, runProbes } from './health/run-probes';

/**
 * The instance's Test button: proves URL, region, Token ID and Secret Key, then checks the token
 * has the permissions of every feature the instance is configured to use (device reports always,
 * SIEM events when fetching), naming what is missing. `absolute-health` reports every feature.
 */
export const testModuleCommand = defineCommand({
  name: 'test-module',
  args: {},
  async run({ client, params, now }) {
    const [auth, ...features] = PROBES.filter((p) => p.when === 'always' || (p.when === 'fetchEvents' && params.isFetchEvents));
    if (!auth) throw new AbsoluteError('no device-report probe defined');
    // The first probe authenticates; its failure is the whole answer (the runtime words it).
    try {
      await client.request(auth.request(now()));
    } catch (error) {
      if (error instanceof AbsoluteApiError && error.status === 401) {
        const skew = describeSkew(error.serverDateMs === undefined ? undefined : now() - error.serverDateMs);
        if (skew) {
          const message = `Authorization Error: Absolute rejected the request signature. ${skew}`;
          throw new AbsoluteError(message, { suggestion: AUTHORIZATION_ADVICE });
        }
      }
      throw error;
    }
    const report = await runProbes(client, features, now);
    const problems = report.results.filter((r) => r.Status !== 'OK');
    if (problems.length === 0) return { readable: 'ok', raw: 'ok' };
    const lines = problems.map((p) => `- ${p.Feature}: ${p.Status}. Needs ${p.Permission} (used by ${p.Commands}). ${p.Detail}`.trim());
    throw new AbsoluteError(`The token cannot use every feature this instance is configured for:\n${lines.join('\n')}`);
  },
});

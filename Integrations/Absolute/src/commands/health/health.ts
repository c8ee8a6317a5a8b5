import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { PROBES } from './probes';
import { describeSkew, runProbes } from './run-probes';

/** Which features this token can use: the permission probe as a table. Sends only reads. */
export const healthCommand = defineCommand({
  name: 'absolute-health',
  args: {},
  async run({ client, now }) {
    const report = await runProbes(client, PROBES, now);
    const skew = describeSkew(report.clockSkewMs);
    const notes = [
      skew,
      'Perform and Manage permissions (freeze, remove freeze, un-enrol, wipe, report missing or found, send message, delete files) cannot be proved without acting on devices; a missing one shows as a 403 on that command, naming the permission.',
    ].filter(Boolean);
    return {
      readable: `${tableToMarkdown('Absolute health', report.results, { headers: ['Feature', 'Status', 'Permission', 'Commands', 'Detail'] })}\n${notes.join('\n')}`,
      raw: report,
      outputs: [{ prefix: 'Absolute.Health', keyField: 'Feature', value: report.results }],
    };
  },
});

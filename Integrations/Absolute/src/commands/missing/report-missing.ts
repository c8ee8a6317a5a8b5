import { MISSING_MAX_DEVICES, reportMissing } from '../../absolute/api/missing';
import { arg } from '../../xsoar/args';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand, type CommandContext } from '../command';
import { EMAIL_HINT, EMAIL_PATTERN } from '../shared';
import { inChunks } from '../in-chunks';
import { DEVICE_TARGET_ARGS, describeResolutions, requireDeviceTarget, resolveDevices, type DeviceTargets } from '../resolve-devices';
import { judgeMissing } from './missing-eligibility';
import { outcomeRows, outcomeTable } from './missing-outcome';

const ARGS = {
  ...DEVICE_TARGET_ARGS,
  email_contacts: arg.list({ maxItems: 50, itemPattern: EMAIL_PATTERN, itemHint: EMAIL_HINT }),
  dry_run: arg.boolean({ defaultValue: false }),
};

/**
 * Starts Absolute's missing-device workflow (alerts to the contacts when the device calls in).
 * Every name and serial is resolved first; `dry_run` shows the exact requests and who Absolute
 * would refuse, and sends nothing.
 */
export const reportMissingCommand = defineCommand({
  name: 'absolute-device-report-missing',
  args: ARGS,
  async describeTargets({ client }, args) {
    const { deviceUids, rows } = await plan(client, args);
    const lines = rows.map(
      (r) => `- ${r.DeviceUID}${r.DeviceName ? ` (${r.DeviceName})` : ''}${r.Eligible ? '' : `: Absolute will refuse it, ${r.Reason}`}`,
    );
    const contacts = args.email_contacts.length > 0 ? `, alerting ${args.email_contacts.join(', ')} when it calls in` : '';
    return `Report ${deviceUids.length} device(s) missing to Absolute${contacts}:\n${lines.join('\n')}`;
  },
  async run({ client }, args) {
    if (args.dry_run) {
      const { deviceUids, rows, resolved } = await plan(client, args);
      const requests = chunks(deviceUids).map((part) => ({
        method: 'POST',
        path: '/v3/tracking/device-missing/missing',
        body: body(part, args.email_contacts),
      }));
      const eligible = rows.filter((r) => r.Eligible).length;
      const table = tableToMarkdown(`Report missing dry run: ${eligible} of ${rows.length} devices are eligible. Nothing was sent.`, rows, {
        headers: ['DeviceUID', 'DeviceName', 'Eligible', 'Reason'],
      });
      const shown = requests.map((r) => `${r.method} ${r.path} ${JSON.stringify(r.body)}`).join('\n');
      return {
        readable: `${table}Would send ${requests.length} request(s):\n\`\`\`\n${shown}\n\`\`\`\n${resolved}`,
        raw: { requests, devices: rows },
        outputs: [{ prefix: 'Absolute.MissingDeviceEligibility', keyField: 'DeviceUID', value: rows }],
      };
    }
    requireDeviceTarget(args);
    const { deviceUids, resolutions } = await resolveDevices(client, args);
    const outcomes = await inChunks(
      deviceUids,
      MISSING_MAX_DEVICES,
      (part) => reportMissing(client, part, args.email_contacts),
      (done) => `${done.length} missing report(s) of ${MISSING_MAX_DEVICES} devices each were sent.`,
    );
    const rows = outcomeRows('ReportMissing', deviceUids, outcomes, args.email_contacts);
    const ok = rows.filter((r) => r['LastActionSucceeded'] === true).length;
    return {
      readable: `${outcomeTable(`Absolute reported ${ok} of ${rows.length} device(s) missing`, rows)}${describeResolutions(resolutions)}`,
      raw: outcomes,
      outputs: [{ prefix: 'Absolute.MissingDevice', keyField: 'DeviceUID', value: rows }],
    };
  },
});

async function plan(client: CommandContext['client'], args: DeviceTargets) {
  requireDeviceTarget(args);
  const { deviceUids, resolutions } = await resolveDevices(client, args);
  return { deviceUids, rows: await judgeMissing(client, deviceUids), resolved: describeResolutions(resolutions) };
}

function chunks(uids: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < uids.length; i += MISSING_MAX_DEVICES) out.push(uids.slice(i, i + MISSING_MAX_DEVICES));
  return out;
}

function body(deviceUids: readonly string[], emailContacts: readonly string[]) {
  return emailContacts.length > 0 ? { deviceUids, emailContacts } : { deviceUids };
}

import {
  createEumRequest,
  DISPLAY_MODES,
  EUM_MAX_DEVICES,
  EUM_MESSAGE_MAX,
  getEumMessage,
  type EumRequestBody,
} from '../../absolute/api/eum';
import type { AbsoluteClient } from '../../absolute/client';
import { AbsoluteResponseError } from '../../absolute/errors';
import { arg, ArgumentError } from '../../xsoar/args';
import { defineCommand } from '../command';
import { inChunks } from '../in-chunks';
import { pollingArgs, POLLING_ARGS, schedule } from '../polling';
import { DEVICE_TARGET_ARGS, describeResolutions, requireDeviceTarget, resolveDevices } from '../resolve-devices';
import { compact, UUID_PATTERN } from '../shared';
import { SEND_COMMAND, userMessageStatus } from './user-message-status';

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Shows the devices' users a message (HTML, or a saved End User Message) with a response button. */
export const userMessageSendCommand = defineCommand({
  name: SEND_COMMAND,
  args: {
    ...DEVICE_TARGET_ARGS,
    message: arg.string({ maxLength: EUM_MESSAGE_MAX }),
    message_id: arg.string({
      pattern: UUID_PATTERN,
      patternHint: 'not an End User Message ID (expected the form 8-4-4-4-12 hexadecimal digits)',
    }),
    submit_button_caption: captionArg(),
    display_mode: arg.choice(DISPLAY_MODES, { defaultValue: 'Dialog' }),
    snooze_times: arg.number({ defaultValue: 3, min: 1, max: 5 }),
    scheduled_time: arg.string({
      pattern: ISO_WITH_ZONE,
      patternHint: 'must be an ISO 8601 time with a zone, such as 2026-11-02T09:00:00Z',
    }),
    request_title: arg.string({ maxLength: 255 }),
    ...POLLING_ARGS,
  },
  async run({ client, now }, args) {
    const settings = { polling: args.polling, interval_in_seconds: args.interval_in_seconds, timeout_in_seconds: args.timeout_in_seconds };
    // A polling run only reads the requests it was given: it never sends the message twice.
    if (args.request_uids.length > 0) return userMessageStatus(client, args.request_uids, settings);
    requireDeviceTarget(args);
    const template = await buildBody(client, args, now());
    const { deviceUids, resolutions } = await resolveDevices(client, args);
    const requestUids = await inChunks(
      deviceUids,
      EUM_MAX_DEVICES,
      async (part) => {
        const uid = await createEumRequest(client, { ...template, deviceUids: part });
        if (!uid)
          throw new AbsoluteResponseError(
            'Absolute answered the Send Message request without a requestUid; check the console before sending it again.',
            200,
          );
        return uid.toLowerCase();
      },
      (done) => `Send Message requests ${done.join(', ')} were created.`,
    );
    const created = requestUids.map((RequestUID, i) =>
      compact({
        RequestUID,
        RequestTitle: template.requestTitle,
        DeviceUIDs: deviceUids.slice(i * EUM_MAX_DEVICES, (i + 1) * EUM_MAX_DEVICES),
      }),
    );
    const when = template.scheduledDateTimeUtc
      ? ` It is scheduled for ${template.scheduledDateTimeUtc}.`
      : ' Each device shows it at its next connection.';
    const lines = requestUids.map((uid, i) => {
      const count = Math.min(EUM_MAX_DEVICES, deviceUids.length - i * EUM_MAX_DEVICES);
      return `Send Message request ${uid} was created for ${count} device(s).`;
    });
    const result = {
      readable: `${lines.join('\n')}${when}\n${describeResolutions(resolutions)}`,
      raw: created,
      outputs: [{ prefix: 'Absolute.UserMessageRequest', keyField: 'RequestUID', value: created }],
    };
    return args.polling ? schedule(result, SEND_COMMAND, settings, pollingArgs(settings, requestUids)) : result;
  },
});

/** Required by the API (1–14 characters); the pack sends OK when none is given. */
function captionArg() {
  const spec = arg.string({ minLength: 1, maxLength: 14 });
  return { schema: spec.schema.transform((v) => v ?? 'OK'), meta: { ...spec.meta, defaultValue: 'OK' } };
}

type SendArgs = {
  message?: string;
  message_id?: string;
  submit_button_caption: string;
  display_mode?: (typeof DISPLAY_MODES)[number];
  snooze_times: number;
  scheduled_time?: string;
  request_title?: string;
};

/** Checks every cross-argument rule, and that a saved message exists, before anything is sent. */
async function buildBody(client: AbsoluteClient, args: SendArgs, nowMs: number): Promise<Omit<EumRequestBody, 'deviceUids'>> {
  if (args.message !== undefined && args.message_id !== undefined)
    throw new ArgumentError('message_id', 'give either message (HTML) or message_id (a saved End User Message), not both.');
  if (args.message === undefined && args.message_id === undefined)
    throw new ArgumentError('message', 'a value is required unless message_id names a saved End User Message.');
  const body: Omit<EumRequestBody, 'deviceUids'> = {
    submitButtonCaption: args.submit_button_caption,
    snoozeTimes: args.snooze_times,
    displayMode: args.display_mode ?? 'Dialog',
  };
  if (args.scheduled_time !== undefined) body.scheduledDateTimeUtc = futureUtc(args.scheduled_time, nowMs);
  if (args.request_title !== undefined) body.requestTitle = args.request_title;
  if (args.message !== undefined) return { ...body, message: args.message };
  const messageUid = (args.message_id ?? '').toLowerCase();
  if (!(await getEumMessage(client, messageUid))) {
    throw new ArgumentError(
      'message_id',
      `Absolute has no End User Message with ID ${messageUid} (see absolute-device-user-message-list); nothing was sent.`,
    );
  }
  return { ...body, messageUid };
}

function futureUtc(value: string, nowMs: number): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new ArgumentError('scheduled_time', `is not a real date and time (got ${JSON.stringify(value)}).`);
  if (time <= nowMs)
    throw new ArgumentError('scheduled_time', `must be in the future (got ${value}, now is ${new Date(nowMs).toISOString()}).`);
  return new Date(time).toISOString();
}

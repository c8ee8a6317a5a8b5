import type { FreezePayload, FreezeType, PasscodeOption } from '../../absolute/api/freeze';
import { ArgumentError } from '../../xsoar/args';

/**
 * Offline seconds used when none are given: 30 days. The official pack defaulted to 22,592,000 s
 * (≈ 261 days) while documenting "30 days"; the documented intent is kept, the typo is not.
 */
export const DEFAULT_OFFLINE_SECONDS = 2_592_000;
export const OFFLINE_SECONDS_MIN = 1200;
export const OFFLINE_SECONDS_MAX = 172_800_000;

/** The freeze command's arguments as parsed (lengths and shapes already checked per argument). */
export interface FreezeArgs {
  device_ids: readonly string[];
  request_name?: string;
  html_message?: string;
  message_name?: string;
  message_id?: string;
  device_freeze_type?: FreezeType;
  scheduled_freeze_date?: string;
  offline_time_seconds?: number;
  passcode_type?: PasscodeOption;
  passcode?: string;
  passcode_length?: number;
  notification_emails?: readonly string[];
}

/**
 * Checks the cross-argument rules in the official order (so the same bad input reports the same
 * problem, with the official wording) and builds the request body. Pure: sends nothing. With
 * `nowMs`, a scheduled date must also lie in the future (Absolute refuses past dates).
 */
export function buildFreezePayload(args: FreezeArgs, nowMs?: number): FreezePayload {
  const requestTitle = need(args.request_name, 'request_name');
  const message = messageFields(args);
  const deviceFreezeType = need(args.device_freeze_type, 'device_freeze_type');
  const option = need(args.passcode_type, 'passcode_type');
  const freezeDefinition: FreezePayload['freezeDefinition'] = { deviceFreezeType };
  if (deviceFreezeType === 'Scheduled') {
    if (!args.scheduled_freeze_date) {
      throw new ArgumentError(
        'scheduled_freeze_date',
        'When setting device_freeze_type to be Scheduled, you must specify the scheduled_freeze_date arg.',
      );
    }
    freezeDefinition.scheduledFreezeDateTimeUtc = utcDateTime(args.scheduled_freeze_date, nowMs);
  } else if (deviceFreezeType === 'OffLine') {
    // The official pack treats 0 like "not given".
    const seconds = args.offline_time_seconds || DEFAULT_OFFLINE_SECONDS;
    if (seconds < OFFLINE_SECONDS_MIN || seconds > OFFLINE_SECONDS_MAX) {
      throw new ArgumentError(
        'offline_time_seconds',
        'the offline_time_seconds arg is not valid. Must be between 1200 seconds (20 minutes) and 172800000 seconds (2000 days).',
      );
    }
    freezeDefinition.offlineTimeSeconds = seconds;
  }
  const passcodeDefinition: FreezePayload['passcodeDefinition'] = { option };
  if (option === 'UserDefined') {
    if (!args.passcode)
      throw new ArgumentError('passcode', 'when setting passcode_type to be UserDefined, you must specify the passcode arg.');
    if (!/^\d{4,8}$/.test(args.passcode)) throw new ArgumentError('passcode', 'the passcode must be 4 to 8 digits.');
    passcodeDefinition.passcode = args.passcode;
  } else {
    const length = args.passcode_length;
    if (length === undefined || length < 4 || length > 8) {
      throw new ArgumentError(
        'passcode_length',
        'when setting passcode_type to be RandomForEach or RandomForAll, you must specify the passcode_length arg to be between 4 to 8.',
      );
    }
    passcodeDefinition.length = length;
  }
  const payload: FreezePayload = { requestTitle, ...message, freezeDefinition, deviceUids: [...args.device_ids], passcodeDefinition };
  // Empty values are left out, as the official 2.x pack does.
  if (args.notification_emails && args.notification_emails.length > 0) payload.notificationEmails = [...args.notification_emails];
  return payload;
}

/** Either an existing message by id, or a new message's name and content — never both. */
function messageFields(args: FreezeArgs): Pick<FreezePayload, 'message' | 'messageName' | 'messageUid'> {
  if (args.message_id) {
    if (args.html_message || args.message_name) {
      throw new ArgumentError(
        'message_id',
        'give either message_id (an existing Freeze message) or html_message with message_name, not both.',
      );
    }
    return { messageUid: args.message_id };
  }
  const hint = 'a value is required unless message_id names an existing Freeze message.';
  if (!args.html_message) throw new ArgumentError('html_message', hint);
  if (!args.message_name) throw new ArgumentError('message_name', hint);
  return { message: args.html_message, messageName: args.message_name };
}

function need<T>(value: T | undefined, argument: string): T {
  if (value === undefined) throw new ArgumentError(argument, 'a value is required.');
  return value;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const API_FORM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * An ISO 8601 date-time with an explicit zone. UTC values in the API's form are sent as given;
 * others (offsets, no seconds) are converted to UTC so the device freezes at the moment meant.
 */
function utcDateTime(value: string, nowMs: number | undefined): string {
  const time = ISO_DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;
  // Date.parse rolls 2030-02-30 over to March; comparing the calendar date catches that.
  if (Number.isNaN(time) || calendarDate(time, value) !== value.slice(0, 10)) {
    throw new ArgumentError(
      'scheduled_freeze_date',
      `must be an ISO 8601 date-time with a time zone, such as 2030-04-01T11:32:00.000Z (got ${JSON.stringify(value)}).`,
    );
  }
  if (nowMs !== undefined && time <= nowMs) {
    throw new ArgumentError('scheduled_freeze_date', `must be in the future (got ${value}, now is ${new Date(nowMs).toISOString()}).`);
  }
  return API_FORM.test(value) ? value : new Date(time).toISOString();
}

/** The calendar date of `time` in the zone written in `value`. */
function calendarDate(time: number, value: string): string {
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(value);
  const minutes = offset ? (Number(offset[2]) * 60 + Number(offset[3])) * (offset[1] === '-' ? -1 : 1) : 0;
  return new Date(time + minutes * 60_000).toISOString().slice(0, 10);
}

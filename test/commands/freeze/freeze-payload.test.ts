import { freezeRequestCommand } from '../../../Integrations/Absolute/src/commands/freeze/freeze-request';
import {
  buildFreezePayload,
  DEFAULT_OFFLINE_SECONDS,
  type FreezeArgs,
} from '../../../Integrations/Absolute/src/commands/freeze/freeze-payload';
import { ArgumentError, parseArgs } from '../../../Integrations/Absolute/src/xsoar/args';

const UID_1 = '11111111-1111-4111-8111-111111111111';
const UID_2 = '22222222-2222-4222-8222-222222222222';

/** Parses like the runtime does, so the pure builder sees exactly what the command sees. */
function parsed(raw: Record<string, unknown>): FreezeArgs {
  return parseArgs(freezeRequestCommand.args, raw) as unknown as FreezeArgs;
}

const BASE = {
  request_name: 'name',
  html_message: 'test',
  message_name: 'name',
  device_ids: `${UID_1},${UID_2}`,
  device_freeze_type: 'OnDemand',
  passcode_type: 'RandomForAll',
  passcode_length: '6',
};

function failure(raw: Record<string, unknown>): ArgumentError {
  try {
    buildFreezePayload(parsed({ ...BASE, ...raw }));
  } catch (error) {
    if (error instanceof ArgumentError) return error;
    throw error;
  }
  throw new Error('expected an ArgumentError');
}

describe('test_prepare_payload_to_freeze_request_with_invalid_args (official §6 #8, 2.x messages, raised as ArgumentError naming the argument)', () => {
  it.each([
    [
      'Scheduled without a date',
      { device_freeze_type: 'Scheduled' },
      'scheduled_freeze_date',
      'When setting device_freeze_type to be Scheduled, you must specify the scheduled_freeze_date arg.',
    ],
    [
      'OffLine with 1 second',
      { device_freeze_type: 'OffLine', offline_time_seconds: '1' },
      'offline_time_seconds',
      'the offline_time_seconds arg is not valid. Must be between 1200 seconds (20 minutes) and 172800000 seconds (2000 days).',
    ],
    [
      'UserDefined without a passcode',
      { passcode_type: 'UserDefined', passcode_length: undefined },
      'passcode',
      'when setting passcode_type to be UserDefined, you must specify the passcode arg.',
    ],
    [
      'RandomForEach without a length',
      { passcode_type: 'RandomForEach', passcode_length: undefined },
      'passcode_length',
      'when setting passcode_type to be RandomForEach or RandomForAll, you must specify the passcode_length arg to be between 4 to 8.',
    ],
    [
      'RandomForAll with length 1',
      { passcode_type: 'RandomForAll', passcode_length: '1' },
      'passcode_length',
      'when setting passcode_type to be RandomForEach or RandomForAll, you must specify the passcode_length arg to be between 4 to 8.',
    ],
  ])('%s', (_name, raw, argument, message) => {
    const error = failure(raw);
    expect(error.argument).toBe(argument);
    expect(error.message).toBe(`Invalid argument "${argument}": ${message}`);
  });

  it('keeps the official precedence: the scheduled date is reported before the passcode', () => {
    expect(failure({ device_freeze_type: 'Scheduled', passcode_type: 'UserDefined', passcode_length: undefined }).argument).toBe(
      'scheduled_freeze_date',
    );
  });

  it('(fixed: "Offline" is accepted as an alias of OffLine, so the range is still checked)', () => {
    expect(failure({ device_freeze_type: 'Offline', offline_time_seconds: '1' }).argument).toBe('offline_time_seconds');
  });
});

describe('test_prepare_payload_to_freeze_request_valid_args (official §6 #9, 2.x shape)', () => {
  it('Scheduled + UserDefined (fixed: passcode must be 4–8 digits, so "5" became "12345"; device ids are UUIDs)', () => {
    const payload = buildFreezePayload(
      parsed({
        request_name: 'name',
        html_message: 'test',
        message_name: 'name',
        device_ids: [UID_1, UID_2],
        scheduled_freeze_date: '2017-09-26T17:22:13Z',
        device_freeze_type: 'Scheduled',
        passcode_type: 'UserDefined',
        passcode: '12345',
      }),
    );
    expect(payload).toEqual({
      deviceUids: [UID_1, UID_2],
      freezeDefinition: { deviceFreezeType: 'Scheduled', scheduledFreezeDateTimeUtc: '2017-09-26T17:22:13Z' },
      message: 'test',
      messageName: 'name',
      requestTitle: 'name',
      passcodeDefinition: { option: 'UserDefined', passcode: '12345' },
    });
  });

  it.each(['OffLine', 'Offline'])('%s + RandomForEach: offline seconds and length are integers, the type is sent as OffLine', (type) => {
    const payload = buildFreezePayload(
      parsed({ ...BASE, offline_time_seconds: '1201', device_freeze_type: type, passcode_type: 'RandomForEach', passcode_length: '5' }),
    );
    expect(payload.freezeDefinition).toEqual({ deviceFreezeType: 'OffLine', offlineTimeSeconds: 1201 });
    expect(payload.passcodeDefinition).toEqual({ option: 'RandomForEach', length: 5 });
  });
});

describe("buildFreezePayload: the pack's own rules", () => {
  it('defaults offline_time_seconds to 30 days (2,592,000 s), not the official 22,592,000 s typo', () => {
    expect(DEFAULT_OFFLINE_SECONDS).toBe(30 * 24 * 3600);
    expect(buildFreezePayload(parsed({ ...BASE, device_freeze_type: 'OffLine' })).freezeDefinition.offlineTimeSeconds).toBe(2_592_000);
    expect(
      buildFreezePayload(parsed({ ...BASE, device_freeze_type: 'OffLine', offline_time_seconds: '0' })).freezeDefinition.offlineTimeSeconds,
    ).toBe(2_592_000);
  });

  it('accepts the range limits 1200 and 172800000 and refuses one beyond', () => {
    expect(
      buildFreezePayload(parsed({ ...BASE, device_freeze_type: 'OffLine', offline_time_seconds: '1200' })).freezeDefinition
        .offlineTimeSeconds,
    ).toBe(1200);
    expect(
      buildFreezePayload(parsed({ ...BASE, device_freeze_type: 'OffLine', offline_time_seconds: '172800000' })).freezeDefinition
        .offlineTimeSeconds,
    ).toBe(172_800_000);
    expect(failure({ device_freeze_type: 'OffLine', offline_time_seconds: '172800001' }).argument).toBe('offline_time_seconds');
  });

  it('sends messageUid instead of message + messageName when message_id is given', () => {
    const payload = buildFreezePayload(
      parsed({ ...BASE, html_message: undefined, message_name: undefined, message_id: '33333333-3333-4333-8333-333333333333' }),
    );
    expect(payload.messageUid).toBe('33333333-3333-4333-8333-333333333333');
    expect(payload).not.toHaveProperty('message');
    expect(payload).not.toHaveProperty('messageName');
  });

  it('refuses message_id together with html_message, and a missing message without message_id', () => {
    expect(failure({ message_id: '33333333-3333-4333-8333-333333333333' }).argument).toBe('message_id');
    expect(failure({ html_message: undefined }).argument).toBe('html_message');
    expect(failure({ message_name: undefined }).argument).toBe('message_name');
  });

  it.each(['5', '123', '123456789', '12a4'])('refuses passcode %s (4–8 digits)', (passcode) => {
    const error = failure({ passcode_type: 'UserDefined', passcode });
    expect(error.argument).toBe('passcode');
    expect(error.message).toContain('4 to 8 digits');
  });

  it.each([
    ['2030-04-01T11:32:00.000Z', '2030-04-01T11:32:00.000Z'],
    ['2030-04-01T13:32:00+02:00', '2030-04-01T11:32:00.000Z'],
    ['2030-04-01T11:32Z', '2030-04-01T11:32:00.000Z'],
  ])('scheduled date %s is sent as %s', (given, sent) => {
    expect(
      buildFreezePayload(parsed({ ...BASE, device_freeze_type: 'Scheduled', scheduled_freeze_date: given })).freezeDefinition
        .scheduledFreezeDateTimeUtc,
    ).toBe(sent);
  });

  it.each(['2030-04-01', '2030-04-01T11:32:00', 'tomorrow', '2030-02-30T10:00:00Z', '2030-13-01T10:00:00Z'])(
    'refuses scheduled date %s',
    (value) => {
      expect(failure({ device_freeze_type: 'Scheduled', scheduled_freeze_date: value }).argument).toBe('scheduled_freeze_date');
    },
  );

  it('leaves notificationEmails out when none are given and sends them when given', () => {
    expect(buildFreezePayload(parsed(BASE))).not.toHaveProperty('notificationEmails');
    expect(buildFreezePayload(parsed({ ...BASE, notification_emails: 'a@example.com, b@example.org' })).notificationEmails).toEqual([
      'a@example.com',
      'b@example.org',
    ]);
  });
});

describe('freeze arguments: documented limits are enforced while parsing', () => {
  it.each([
    ['request_name', '251 characters', 'x'.repeat(251)],
    ['html_message', '4001 characters', 'x'.repeat(4001)],
    ['message_name', '256 characters', 'x'.repeat(256)],
    ['notification_emails', '11 addresses', Array.from({ length: 11 }, (_, i) => `u${i}@example.com`).join(',')],
    ['notification_emails', 'not an address', 'not-an-email'],
    ['device_ids', 'a name instead of a UID', 'LAPTOP-7'],
    ['message_id', 'a path fragment', '../messages'],
    ['device_freeze_type', 'an unknown type', 'Later'],
    ['passcode_type', 'an unknown option', 'Whatever'],
    ['offline_time_seconds', 'a word', 'ten'],
  ])('%s with %s is refused, naming the argument', (argument, _label, value) => {
    expect(() => parsed({ ...BASE, [argument]: value })).toThrow(`Invalid argument "${argument}"`);
  });

  it('accepts the longest allowed values', () => {
    expect(() =>
      parsed({ ...BASE, request_name: 'x'.repeat(250), html_message: 'x'.repeat(4000), message_name: 'x'.repeat(255) }),
    ).not.toThrow();
  });
});

describe('buildFreezePayload with a clock', () => {
  const now = Date.parse('2026-11-01T12:00:00.000Z');

  it('refuses a scheduled date that is not in the future', () => {
    expect(() =>
      buildFreezePayload(parsed({ ...BASE, device_freeze_type: 'Scheduled', scheduled_freeze_date: '2026-11-01T12:00:00.000Z' }), now),
    ).toThrow('Invalid argument "scheduled_freeze_date": must be in the future');
  });

  it('accepts a future one', () => {
    expect(
      buildFreezePayload(parsed({ ...BASE, device_freeze_type: 'Scheduled', scheduled_freeze_date: '2089-04-01T11:32:00.000Z' }), now)
        .freezeDefinition.scheduledFreezeDateTimeUtc,
    ).toBe('2089-04-01T11:32:00.000Z');
  });
});

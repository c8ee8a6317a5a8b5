import { PATH_CASES } from '../fuzz/support/filter-cases';
import { startFuzzEnv, type FuzzEnv } from '../fuzz/support/fuzz-env';

/**
 * Ids are checked against their documented form (UUID, 8-4-4-4-12 hex) before they can reach a
 * URL path or an action request: a malformed id is an argument error naming the argument, and the
 * recording proxy in front of the simulator sees no request at all.
 */
const MALFORMED = [
  '../devices',
  '..',
  '%2e%2e',
  '3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61/../../reporting/devices',
  '3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61?pageSize=1',
  '3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61#x',
  '3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61%2F..',
  '3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f6',
  '3f6c2a1e8b4d4e7a9c157d2e0b9a4f61',
  '{3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61}',
  '3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4g61',
  "' or 1 eq 1",
  'a\r\nb',
  '٣f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61',
];

const BODY_ID_CASES = [
  {
    command: 'absolute-device-freeze-request',
    argument: 'device_ids',
    base: {
      request_name: 'x',
      html_message: 'x',
      message_name: 'x',
      device_freeze_type: 'OnDemand',
      passcode_type: 'RandomForAll',
      passcode_length: '6',
    },
  },
  { command: 'absolute-device-remove-freeze-request', argument: 'device_ids', base: {} },
  { command: 'absolute-device-unenroll', argument: 'device_ids', base: {} },
  { command: 'absolute-wipe-request-create', argument: 'device_uids', base: {} },
  { command: 'absolute-wipe-request-cancel', argument: 'action_uids', base: { request_uid: '578fd19e-28b7-44dc-90d0-895916faa7be' } },
  {
    command: 'absolute-device-freeze-request',
    argument: 'message_id',
    base: {
      device_ids: '3f6c2a1e-8b4d-4e7a-9c15-7d2e0b9a4f61',
      request_name: 'x',
      device_freeze_type: 'OnDemand',
      passcode_type: 'RandomForAll',
      passcode_length: '6',
    },
  },
];

let env: FuzzEnv;
beforeAll(async () => {
  env = await startFuzzEnv();
});
afterAll(() => env.close());

const CASES = [...PATH_CASES, ...BODY_ID_CASES].flatMap((c) => MALFORMED.map((id) => [c.command, c.argument, id, c.base] as const));

test.each(CASES)('%s %s=%j is refused by name before any request', async (command, argument, id, base) => {
  const run = await env.run(command, { ...base, [argument]: id });
  expect(run.result.ok).toBe(false);
  expect(String(run.result.output.entries[0]?.Contents)).toContain(`Invalid argument "${argument}"`);
  expect(run.seen).toEqual([]);
});

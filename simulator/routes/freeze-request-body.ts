import { validationError } from '../server/api-error';
import type { SimulatorState } from '../state/simulator-state';
import type { FreezeType, PasscodeOption } from '../state/freeze-store';
import { parseTimestamp } from '../util/time';
import { optionalInteger, optionalString, requireObject, requiredString, uuidList } from './body';

/** A validated `POST /actions/requests/freeze` body. */
export interface FreezeRequestBody {
  requestTitle: string;
  deviceUids: string[];
  type: FreezeType;
  scheduledMs?: number;
  offlineTimeSeconds?: number;
  passcodeOption: PasscodeOption;
  passcode?: string;
  passcodeLength: number;
  message: string;
  messageName: string;
  notificationEmails: string[];
}

const FREEZE_TYPES: readonly FreezeType[] = ['OnDemand', 'Scheduled', 'OffLine'];
const PASSCODE_OPTIONS: readonly PasscodeOption[] = ['UserDefined', 'RandomForAll', 'RandomForEach'];

/** Limits from absolute-api.md §3.4; each failure is a 400 whose detail names the field. */
export function parseFreezeRequest(body: unknown, state: SimulatorState, nowMs: number): FreezeRequestBody {
  const data = requireObject(body);
  const requestTitle = requiredString(data, 'requestTitle', 1, 250);
  const deviceUids = uuidList(data['deviceUids'], 'deviceUids', 1, 10_000);

  const definition = requireObject(data['freezeDefinition'] ?? missing('freezeDefinition'), 'freezeDefinition');
  const type = definition['deviceFreezeType'];
  if (typeof type !== 'string' || !FREEZE_TYPES.includes(type as FreezeType)) {
    throw validationError('freezeDefinition.deviceFreezeType', `deviceFreezeType must be one of ${FREEZE_TYPES.join(', ')}`);
  }
  let scheduledMs: number | undefined;
  let offlineTimeSeconds: number | undefined;
  if (type === 'Scheduled') {
    const raw = requiredString(definition, 'scheduledFreezeDateTimeUtc', 1, 40, 'freezeDefinition.scheduledFreezeDateTimeUtc');
    scheduledMs = parseTimestamp(raw);
    if (scheduledMs === undefined || scheduledMs <= nowMs) {
      throw validationError('freezeDefinition.scheduledFreezeDateTimeUtc', 'scheduledFreezeDateTimeUtc must be a future date-time');
    }
  }
  if (type === 'OffLine') {
    offlineTimeSeconds = optionalInteger(definition, 'offlineTimeSeconds', 1200, 172_800_000, 'freezeDefinition.offlineTimeSeconds');
    if (offlineTimeSeconds === undefined)
      throw validationError('freezeDefinition.offlineTimeSeconds', 'offlineTimeSeconds is required for OffLine freezes');
  }

  const passcodeDefinition = requireObject(data['passcodeDefinition'] ?? missing('passcodeDefinition'), 'passcodeDefinition');
  const option = passcodeDefinition['option'];
  if (typeof option !== 'string' || !PASSCODE_OPTIONS.includes(option as PasscodeOption)) {
    throw validationError('passcodeDefinition.option', `option must be one of ${PASSCODE_OPTIONS.join(', ')}`);
  }
  let passcode: string | undefined;
  let passcodeLength = optionalInteger(passcodeDefinition, 'length', 4, 8, 'passcodeDefinition.length') ?? 8;
  if (option === 'UserDefined') {
    passcode = requiredString(passcodeDefinition, 'passcode', 1, 64, 'passcodeDefinition.passcode');
    if (!/^\d{4,8}$/.test(passcode)) throw validationError('passcodeDefinition.passcode', 'passcode must be 4 to 8 digits');
    passcodeLength = passcode.length;
  }

  const { message, messageName } = resolveMessage(data, state);
  return {
    requestTitle,
    deviceUids,
    type: type as FreezeType,
    scheduledMs,
    offlineTimeSeconds,
    passcodeOption: option as PasscodeOption,
    passcode,
    passcodeLength,
    message,
    messageName,
    notificationEmails: parseEmails(data['notificationEmails']),
  };
}

/** Either an inline message (with its name) or a saved message's uid, not both. */
function resolveMessage(data: Record<string, unknown>, state: SimulatorState): { message: string; messageName: string } {
  const messageUid = optionalString(data, 'messageUid', 1, 64);
  const message = optionalString(data, 'message', 1, 4000);
  if (messageUid !== undefined) {
    if (message !== undefined) throw validationError('messageUid', 'give either message and messageName, or messageUid');
    const saved = state.messages.get(messageUid);
    if (!saved) throw validationError('messageUid', `freeze message ${messageUid} does not exist`);
    return { message: saved.content, messageName: saved.name };
  }
  if (message === undefined) throw validationError('message', 'message (with messageName) or messageUid is required');
  return { message, messageName: requiredString(data, 'messageName', 1, 255) };
}

function parseEmails(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw validationError('notificationEmails', 'notificationEmails must be an array');
  if (value.length > 10) throw validationError('notificationEmails', 'at most 10 notificationEmails are allowed');
  return value.map((email, i) => {
    if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
      throw validationError(`notificationEmails[${i}]`, 'notificationEmails must contain email addresses');
    }
    return email;
  });
}

function missing(field: string): never {
  throw validationError(field, `${field} is required`);
}

import { invalidValue, notFound, validationError } from '../server/api-error';
import type { DeviceReport } from '../fleet/device-report';
import type { EumActionRecord, EumRequestRecord } from '../state/incident/incident-data';
import { parseTimestamp } from '../util/time';
import { allowOnlyParams, optionalInteger, optionalString, requireObject, requiredString, uuidList } from './body';
import { eumActionsPage, eumMessage, eumMessagesPage, eumRequest, eumRequestsPage } from './eum-views';
import { noteNewRequest } from './new-request-event';
import { actionTarget, requestedDevices } from './requested-devices';
import type { RouteContext, RouteDefinition, RouteResult } from './route-types';

export const EUM_MAX_DEVICES = 10_000;
export const EUM_MESSAGE_MAX = 15_000;
const DISPLAY_MODES = ['Dialog', 'FullScreen'] as const;

/** Send Message requests and saved End User Messages (the Messaging resource). */
export function eumRoutes(): RouteDefinition[] {
  return [
    { method: 'POST', path: '/v3/actions/requests/eum', permissions: ['eum.manage'], handle: createEum },
    { method: 'GET', path: '/v3/actions/requests/eum', permissions: ['eum.view'], handle: eumRequestsPage },
    { method: 'GET', path: '/v3/actions/requests/eum/{requestUid}', permissions: ['eum.view'], handle: eumRequest },
    { method: 'POST', path: '/v3/actions/eum/get-actions', permissions: ['eum.view'], handle: eumActionsPage },
    { method: 'POST', path: '/v3/actions/eum/get-actions/{requestUid}', permissions: ['eum.view'], handle: eumActionsPage },
    { method: 'GET', path: '/v3/actions/eum/messages', permissions: ['eum.view'], handle: eumMessagesPage },
    { method: 'GET', path: '/v3/actions/eum/messages/{messageUid}', permissions: ['eum.view'], handle: eumMessage },
  ];
}

function createEum(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  const { state, now } = ctx;
  const data = requireObject(ctx.body);
  const deviceUids = uuidList(data['deviceUids'], 'deviceUids', 1, EUM_MAX_DEVICES);
  const submitButtonCaption = requiredString(data, 'submitButtonCaption', 1, 14);
  const content = messageContent(ctx, data);
  const snoozeTimes = optionalInteger(data, 'snoozeTimes', 1, 5) ?? 3;
  const displayMode = optionalString(data, 'displayMode', 1, 20) ?? 'Dialog';
  if (!(DISPLAY_MODES as readonly string[]).includes(displayMode))
    throw invalidValue('displayMode', `displayMode must be one of ${DISPLAY_MODES.join(', ')}`);
  const scheduledMs = scheduled(data, now);
  const requestTitle = optionalString(data, 'requestTitle', 0, 255);
  const description = optionalString(data, 'description', 0, 255);
  const request: EumRequestRecord = {
    requestUid: state.incident.uuid(),
    requestId: state.incident.requestId(),
    createdMs: now,
    requester: ctx.token.username,
    message: content.message,
    snoozeTimes,
    displayMode: displayMode as EumRequestRecord['displayMode'],
    submitButtonCaption,
    actions: [],
    ...(content.messageUid ? { messageUid: content.messageUid } : {}),
    ...(scheduledMs !== undefined ? { scheduledMs } : {}),
    ...(requestTitle !== undefined ? { requestTitle } : {}),
    ...(description !== undefined ? { description } : {}),
  };
  for (const target of requestedDevices(state, deviceUids, now)) {
    const action: EumActionRecord = actionTarget(state.incident.uuid(), target);
    const reason = eumIneligibility(target.device);
    if (reason) action.failureReason = reason;
    request.actions.push(action);
  }
  state.incident.addEumRequest(request);
  noteNewRequest(ctx, 'userMessage', {
    eventType: 'SendMessageRequested',
    objectType: 'SendMessageRequest',
    objectName: request.requestId,
    objectId: request.requestUid,
    deviceCount: request.actions.length,
  });
  return { status: 200, data: { requestUid: request.requestUid } };
}

/** `message` (HTML, up to 15,000 characters) or the `messageUid` of a saved message, not both. */
function messageContent(ctx: RouteContext, data: Record<string, unknown>): { message: string; messageUid?: string } {
  const message = optionalString(data, 'message', 1, EUM_MESSAGE_MAX);
  const messageUid = optionalString(data, 'messageUid', 36, 36);
  if (message !== undefined && messageUid !== undefined) throw validationError('messageUid', 'give message or messageUid, not both');
  if (messageUid !== undefined) {
    const saved = ctx.state.incident.eumMessage(messageUid);
    if (!saved) throw notFound('messageUid', `no End User Message has the messageUid ${messageUid}`);
    return { message: saved.content, messageUid: saved.messageUid };
  }
  if (message === undefined) throw validationError('message', 'message or messageUid is required');
  return { message };
}

function scheduled(data: Record<string, unknown>, nowMs: number): number | undefined {
  const raw = optionalString(data, 'scheduledDateTimeUtc', 1, 64);
  if (raw === undefined) return undefined;
  const ms = parseTimestamp(raw);
  if (ms === undefined)
    throw invalidValue('scheduledDateTimeUtc', 'scheduledDateTimeUtc must be a date-time like 2025-01-31T10:15:30.000Z');
  if (ms <= nowMs) throw validationError('scheduledDateTimeUtc', 'scheduledDateTimeUtc must be in the future');
  return ms;
}

/**
 * The documented support matrix: Windows 10 or later, macOS 13 or later, current ChromeOS, on
 * devices whose agent is active and connecting.
 */
export function eumIneligibility(device: Readonly<DeviceReport>): string | undefined {
  if (device.agentStatus !== 'A') return `The device agent is not active (agentStatus ${device.agentStatus})`;
  const major = Number.parseInt(device.operatingSystem.version, 10);
  if (device.platformOSType === 'Mac' && major < 13)
    return `Send Message requires macOS 13 or later (the device runs ${device.operatingSystem.version})`;
  if (device.platformOSType === 'Windows' && major < 10) return 'Send Message requires Windows 10 or later';
  return undefined;
}

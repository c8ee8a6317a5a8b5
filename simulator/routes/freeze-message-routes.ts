import { emitApiEvent } from '../events/api-events';
import { notFound } from '../server/api-error';
import { pageOfList, PAGE_LIMITS, readPageRequest } from '../server/paging';
import type { FreezeMessage } from '../state/freeze-message-store';
import { isoMs } from '../util/time';
import { allowOnlyParams, requireObject, requiredString } from './body';
import type { RouteContext, RouteDefinition, RouteResult } from './route-types';

const BASE = '/v3/actions/freeze/messages';

/** Saved freeze messages: list, create, read, replace, delete. */
export function freezeMessageRoutes(): RouteDefinition[] {
  return [
    { method: 'GET', path: BASE, permissions: ['freeze.messages.view'], handle: listMessages },
    { method: 'POST', path: BASE, permissions: ['freeze.messages.manage'], handle: createMessage },
    {
      method: 'GET',
      path: `${BASE}/{messageUid}`,
      permissions: ['freeze.messages.view'],
      handle: (ctx) => ({ status: 200, data: messageView(existing(ctx)) }),
    },
    { method: 'PUT', path: `${BASE}/{messageUid}`, permissions: ['freeze.messages.manage'], handle: updateMessage },
    { method: 'DELETE', path: `${BASE}/{messageUid}`, permissions: ['freeze.messages.manage'], handle: deleteMessage },
  ];
}

function listMessages(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, ['nextPage', 'pageSize']);
  const page = pageOfList(ctx.state.messages.list(), readPageRequest(ctx.query, PAGE_LIMITS.standard, ctx.fingerprint));
  return { status: 200, data: page.items.map(messageView), ...(page.nextPage ? { nextPage: page.nextPage } : {}) };
}

function createMessage(ctx: RouteContext): RouteResult {
  allowOnlyParams(ctx.query, []);
  const { name, content } = parseBody(ctx.body);
  const messageUid = ctx.state.ids.uuid();
  const by = ctx.token.username;
  ctx.state.messages.add({ messageUid, name, content, createdBy: by, changedBy: by, createdMs: ctx.now, changedMs: ctx.now });
  ctx.stats.action('messageCreate');
  audit(ctx, 'FreezeMessageCreated', 'Created', name, messageUid);
  return { status: 200, data: { messageUid } };
}

function updateMessage(ctx: RouteContext): RouteResult {
  const message = existing(ctx);
  const { name, content } = parseBody(ctx.body);
  ctx.state.messages.update(message.messageUid, { name, content, changedBy: ctx.token.username, changedMs: ctx.now });
  ctx.stats.action('messageUpdate');
  audit(ctx, 'FreezeMessageUpdated', 'Updated', name, message.messageUid);
  return { status: 204 };
}

function deleteMessage(ctx: RouteContext): RouteResult {
  const message = existing(ctx);
  ctx.state.messages.delete(message.messageUid);
  ctx.stats.action('messageDelete');
  audit(ctx, 'FreezeMessageDeleted', 'Deleted', message.name, message.messageUid);
  return { status: 204 };
}

function existing(ctx: RouteContext): FreezeMessage {
  allowOnlyParams(ctx.query, []);
  const message = ctx.state.messages.get(ctx.params['messageUid'] ?? '');
  if (!message) throw notFound('messageUid');
  return message;
}

function parseBody(body: unknown): { name: string; content: string } {
  const data = requireObject(body);
  return { name: requiredString(data, 'name', 1, 255), content: requiredString(data, 'content', 1, 4000) };
}

function messageView(message: FreezeMessage) {
  return {
    messageUid: message.messageUid,
    name: message.name,
    content: message.content,
    createdBy: message.createdBy,
    changedBy: message.changedBy,
    createdDateTimeUtc: isoMs(message.createdMs),
    changedDateTimeUtc: isoMs(message.changedMs),
  };
}

function audit(ctx: RouteContext, eventType: string, verb: string, name: string, messageUid: string): void {
  emitApiEvent(ctx.state, ctx.now, {
    eventType,
    verb,
    actor: ctx.token.username,
    objectType: 'FreezeMessage',
    objectName: name,
    objectId: messageUid,
  });
}

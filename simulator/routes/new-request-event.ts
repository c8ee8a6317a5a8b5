import { emitApiEvent, type ApiEventSpec } from '../events/api-events';
import type { ActionKind } from '../server/stats';
import type { RouteContext } from './route-types';

export interface NewRequestEvent {
  eventType: string;
  objectType: string;
  objectName: string;
  objectId: string;
  /** Shown before the DeviceCount property every such event ends with. */
  properties?: NonNullable<ApiEventSpec['properties']>;
  deviceCount: number;
}

/**
 * What creating any action request does besides storing it: the state version moves on, the stats
 * count it, and the SIEM stream shows a `…Requested` event by the caller.
 */
export function noteNewRequest(ctx: RouteContext, kind: ActionKind, event: NewRequestEvent): void {
  ctx.state.version += 1;
  ctx.stats.action(kind);
  emitApiEvent(ctx.state, ctx.now, {
    eventType: event.eventType,
    verb: 'Requested',
    actor: ctx.token.username,
    objectType: event.objectType,
    objectName: event.objectName,
    objectId: event.objectId,
    properties: [...(event.properties ?? []), { name: 'DeviceCount', newValue: String(event.deviceCount) }],
  });
}

import { isoMs } from '../util/time';
import type { SimulatorState } from '../state/simulator-state';
import { formatProperties } from './siem-event';

export interface ApiEventSpec {
  eventType: string;
  verb: string;
  actor: string;
  objectType: string;
  objectName: string;
  objectId: string;
  properties?: { name: string; oldValue?: string; newValue?: string }[];
}

/** Records what an API caller did in the SIEM stream, as the console's audit events do. */
export function emitApiEvent(state: SimulatorState, nowMs: number, spec: ApiEventSpec): void {
  state.addEvents([
    {
      createdDateTimeUtc: isoMs(nowMs),
      eventDateTimeUtc: isoMs(nowMs),
      eventType: spec.eventType,
      verb: spec.verb,
      actorObjectType: 'User',
      actorDisplayName: spec.actor,
      actorDisplayId: spec.actor,
      objectObjectType: spec.objectType,
      objectDisplayName: spec.objectName,
      objectDisplayId: spec.objectId,
      objectProperties: formatProperties(spec.properties ?? []),
    },
  ]);
}

/** A SIEM event as `/reporting/siem-events` returns it. */
export interface SiemEvent {
  id: string;
  eventType: string;
  actorObjectType: string;
  actorDisplayName: string;
  actorDisplayId: string;
  objectObjectType: string;
  objectDisplayName: string;
  objectDisplayId: string;
  /** `PropertyName[0]=City;OldValue[0]=Paris;NewValue[0]=Lyon;PropertyName[1]=...` */
  objectProperties: string;
  verb: string;
  secondaryObjectType?: string;
  secondaryObjectDisplayName?: string;
  secondaryObjectDisplayId?: string;
  createdDateTimeUtc: string;
  eventDateTimeUtc: string;
}

/** What tests and API actions hand to `addEvents`: `id` and the display fields get defaults. */
export type SiemEventInput = Partial<SiemEvent> & { createdDateTimeUtc: string };

/** Serialises property changes the way Absolute does in `objectProperties`. */
export function formatProperties(changes: readonly { name: string; oldValue?: string; newValue?: string }[]): string {
  return changes
    .map((c, i) => `PropertyName[${i}]=${c.name};OldValue[${i}]=${c.oldValue ?? ''};NewValue[${i}]=${c.newValue ?? ''}`)
    .join(';');
}

/** Ascending by `createdDateTimeUtc`, then `id`: the order the endpoint pages in. */
export function compareEvents(a: { createdMs: number; event: SiemEvent }, b: { createdMs: number; event: SiemEvent }): number {
  return compareEventKeys(a.createdMs, a.event.id, b.createdMs, b.event.id);
}

export function compareEventKeys(aMs: number, aId: string, bMs: number, bId: string): number {
  return aMs - bMs || (aId < bId ? -1 : aId > bId ? 1 : 0);
}

import { uuidFrom } from '../util/ids';
import type { Persistent } from '../state/persistent';
import { hash32, stringHash } from '../util/prng';
import { ResumableRandom } from '../util/resumable-random';
import { HOUR_MS, isoMs, MINUTE_MS, parseTimestamp } from '../util/time';
import { eventsForMinute, type StreamConfig, type TimedEvent } from './event-generator';
import { compareEventKeys, compareEvents, type SiemEvent, type SiemEventInput } from './siem-event';

/** Absolute keeps SIEM events for 72 hours. */
export const RETENTION_MS = 72 * HOUR_MS;

export interface EventPage {
  events: SiemEvent[];
  /** Position of the last returned event when more remain. */
  next?: { t: number; id: string };
}

/**
 * SIEM events: the generated background stream plus events added by tests and by API actions,
 * merged minute by minute. Visibility is decided at read time: nothing newer than `now`, nothing
 * older than the retention window.
 */
export class EventStore implements Persistent {
  private readonly added = new Map<number, TimedEvent[]>();
  private readonly sequence: ResumableRandom;

  constructor(private readonly stream: StreamConfig) {
    this.sequence = new ResumableRandom(hash32(stream.seed, stringHash('added-events')));
  }

  /** Added events still within retention (older ones can never be read again), and the id sequence. */
  snapshot(nowMs: number): unknown {
    const events = [...this.added.values()].flat().filter((e) => e.createdMs >= nowMs - RETENTION_MS);
    return { position: this.sequence.state, events };
  }

  restore(data: unknown): void {
    const saved = (data ?? {}) as { position?: unknown; events?: unknown };
    this.added.clear();
    if (typeof saved.position === 'number') this.sequence.state = saved.position;
    for (const timed of Array.isArray(saved.events) ? (saved.events as TimedEvent[]) : []) {
      const minute = Math.floor(timed.createdMs / MINUTE_MS);
      this.added.set(minute, [...(this.added.get(minute) ?? []), timed]);
    }
  }

  add(inputs: readonly SiemEventInput[]): SiemEvent[] {
    return inputs.map((input) => {
      const createdMs = parseTimestamp(input.createdDateTimeUtc);
      if (createdMs === undefined) throw new Error(`addEvents: bad createdDateTimeUtc ${input.createdDateTimeUtc}`);
      const event: SiemEvent = {
        id: uuidFrom(this.sequence.next),
        eventType: 'Custom',
        actorObjectType: 'System',
        actorDisplayName: 'System',
        actorDisplayId: 'System',
        objectObjectType: 'NA',
        objectDisplayName: 'NA',
        objectDisplayId: 'NA',
        objectProperties: '',
        verb: 'Updated',
        eventDateTimeUtc: isoMs(createdMs),
        ...input,
        createdDateTimeUtc: isoMs(createdMs),
      };
      const minute = Math.floor(createdMs / MINUTE_MS);
      const list = this.added.get(minute) ?? [];
      list.push({ createdMs, event });
      this.added.set(minute, list);
      return event;
    });
  }

  /** Events with `from <= createdDateTimeUtc <= to`, ascending, strictly after `after`. */
  query(fromMs: number, toMs: number, nowMs: number, limit: number, after?: { t: number; id: string }): EventPage {
    const lower = Math.max(fromMs, nowMs - RETENTION_MS, after?.t ?? -Infinity);
    const upper = Math.min(toMs, nowMs);
    const events: SiemEvent[] = [];
    let last: TimedEvent | undefined;
    for (let minute = Math.floor(lower / MINUTE_MS); minute <= Math.floor(upper / MINUTE_MS); minute++) {
      for (const candidate of this.minute(minute)) {
        if (candidate.createdMs < lower || candidate.createdMs > upper) continue;
        if (after && compareEventKeys(candidate.createdMs, candidate.event.id, after.t, after.id) <= 0) continue;
        if (events.length === limit) return { events, next: last ? { t: last.createdMs, id: last.event.id } : undefined };
        events.push(candidate.event);
        last = candidate;
      }
    }
    return { events };
  }

  private minute(minute: number): TimedEvent[] {
    const generated = this.stream.eventsPerMinute > 0 ? eventsForMinute(this.stream, minute) : [];
    const added = this.added.get(minute) ?? [];
    return added.length === 0 ? generated.sort(compareEvents) : [...generated, ...added].sort(compareEvents);
  }
}

import type { ApiSiemEvent } from '../../absolute/api/siem';

/**
 * Collection state kept in lastRun. The key names are the official Python pack's, so an instance
 * moved from that pack resumes where it stopped.
 */
export interface EventState {
  /** `createdDateTimeUtc` of the newest event delivered. */
  latest_events_time: string;
  /** Ids already delivered whose `createdDateTimeUtc` equals `latest_events_time`. */
  latest_events_id: string[];
}

export function readState(lastRun: Record<string, unknown> | null): EventState | undefined {
  const time = lastRun?.['latest_events_time'];
  const ids = lastRun?.['latest_events_id'];
  if (typeof time !== 'string' || time === '' || Number.isNaN(Date.parse(time))) return undefined;
  return { latest_events_time: time, latest_events_id: Array.isArray(ids) ? ids.filter((i): i is string => typeof i === 'string') : [] };
}

/**
 * Tracks what has been delivered. Events come oldest first; the window starts at the watermark
 * inclusive, so events sharing the watermark's millisecond are fetched again and skipped by id.
 */
export class Watermark {
  private time: string | undefined;
  private timeMs: number;
  private ids: Set<string>;

  constructor(state: EventState | undefined) {
    this.time = state?.latest_events_time;
    this.timeMs = this.time === undefined ? Number.NEGATIVE_INFINITY : Date.parse(this.time);
    this.ids = new Set(state?.latest_events_id ?? []);
  }

  /** True when the event was delivered before (same millisecond, same id). */
  isDuplicate(event: ApiSiemEvent): boolean {
    // Only events of the watermark's own millisecond can repeat; most events skip the parse.
    if (this.ids.size === 0 || !event.id || !this.ids.has(event.id)) return false;
    return !!event.createdDateTimeUtc && sameInstant(event.createdDateTimeUtc, this.time);
  }

  /** Moves the watermark to a delivered event. */
  advance(event: ApiSiemEvent): void {
    const created = event.createdDateTimeUtc;
    if (!created) return;
    const createdMs = created === this.time ? this.timeMs : Date.parse(created);
    if (createdMs !== this.timeMs) {
      if (createdMs < this.timeMs) return; // out of order: keep the newer mark
      this.time = created;
      this.timeMs = createdMs;
      this.ids = new Set();
    }
    if (event.id) this.ids.add(event.id);
  }

  state(): EventState | undefined {
    return this.time === undefined ? undefined : { latest_events_time: this.time, latest_events_id: [...this.ids] };
  }
}

function sameInstant(a: string, b: string | undefined): boolean {
  return b !== undefined && Date.parse(a) === Date.parse(b);
}

import type { CommandResults } from '../../xsoar/entry';
import { EntryType } from '../../xsoar/entry';
import { defineCommand } from '../command';
import { collectEvents } from './collect-events';
import { lagWarning, retentionGapWarning } from './retention';
import { readState, Watermark } from './watermark';

/** First run: the official pack's choice, one minute back. */
const FIRST_RUN_LOOKBACK_MS = 60_000;

/**
 * The platform's scheduled event collector. Events go to the runner's `events` array; the new
 * watermark to `lastRun`. Warnings about lost or soon-lost events come back as warning entries.
 */
export const fetchEventsCommand = defineCommand({
  name: 'fetch-events',
  args: {},
  async run({ client, params, lastRun, now }) {
    const nowMs = now();
    const state = readState(lastRun);
    const fromMs = state ? Date.parse(state.latest_events_time) : nowMs - FIRST_RUN_LOOKBACK_MS;
    const watermark = new Watermark(state);
    const collected = await collectEvents(client, { fromMs, toMs: nowMs, limit: params.max_events_per_fetch, watermark });
    const next = watermark.state();
    const warnings = [
      retentionGapWarning(fromMs, nowMs),
      lagWarning(next ? Date.parse(next.latest_events_time) : undefined, nowMs, collected.truncated),
    ].filter((w): w is string => w !== undefined);
    const results: CommandResults[] = warnings.map((w) => ({ readable: w, raw: w, type: EntryType.warning }));
    // Keep the previous state when nothing new arrived, so the window start never jumps ahead.
    return { results, events: collected.events, lastRun: next ? { ...next } : state ? { ...state } : null };
  },
});

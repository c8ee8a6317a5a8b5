import { arg, ArgumentError } from '../../xsoar/args';
import { parseDate } from '../../xsoar/dates';
import { tableToMarkdown } from '../../xsoar/table';
import { defineCommand } from '../command';
import { collectEvents } from './collect-events';
import { retentionGapWarning } from './retention';
import { Watermark } from './watermark';

const EVENT_COLUMNS = ['_time', 'eventType', 'verb', 'actorDisplayName', 'objectDisplayName', 'objectDisplayId', 'id'];

/** Manual look at SIEM events (for development and debugging); pushes them only when asked. */
export const getEventsCommand = defineCommand({
  name: 'absolute-device-get-events',
  args: {
    should_push_events: arg.boolean({ defaultValue: false }),
    start_date: arg.string({ maxLength: 64 }),
    end_date: arg.string({ maxLength: 64 }),
    limit: arg.number({ defaultValue: 50, min: 1, max: 10_000 }),
  },
  async run({ client, now }, args) {
    const nowMs = now();
    const start = parseDate(args.start_date ?? 'one minute ago', nowMs);
    if (start === undefined)
      throw new ArgumentError('start_date', `not a date: ${JSON.stringify(args.start_date)} (use ISO 8601, "now" or "3 hours ago")`);
    const end = parseDate(args.end_date ?? 'now', nowMs);
    if (end === undefined)
      throw new ArgumentError('end_date', `not a date: ${JSON.stringify(args.end_date)} (use ISO 8601, "now" or "3 hours ago")`);
    if (start > end) throw new ArgumentError('start_date', 'Start date is greater than the end date. Please provide valid dates.');
    const { events, truncated } = await collectEvents(client, {
      fromMs: start,
      toMs: end,
      limit: args.limit,
      watermark: new Watermark(undefined),
    });
    const gap = retentionGapWarning(start, nowMs);
    const note = [gap, truncated ? `Only the first ${args.limit} events are shown; raise limit for more.` : undefined]
      .filter(Boolean)
      .join('\n');
    const readable = events.length
      ? tableToMarkdown('Events', events, { headers: EVENT_COLUMNS, removeNull: true })
      : `No events found in Absolute between ${new Date(start).toISOString()} and ${new Date(end).toISOString()}.`;
    const result = { readable: note ? `${readable}\n${note}` : readable, raw: events };
    return args.should_push_events ? { results: [result], events } : result;
  },
});

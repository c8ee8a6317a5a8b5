import { SIEM_RETENTION_MS } from '../../absolute/api/siem';

/** Lag past which a collector is warned it is heading for the 72-hour cliff. */
export const LAG_WARNING_MS = 24 * 3600 * 1000;

/** Whole hours and minutes, for messages. */
export function describeDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h} h ${m} min` : `${m} min`;
}

/** Warns when the window starts before what Absolute still keeps: those events are gone. */
export function retentionGapWarning(fromMs: number, nowMs: number): string | undefined {
  const oldestKept = nowMs - SIEM_RETENTION_MS;
  if (fromMs >= oldestKept) return undefined;
  return (
    `Absolute keeps SIEM events for 72 hours only. The last collected event is from ${new Date(fromMs).toISOString()}, ` +
    `so events created between then and ${new Date(oldestKept).toISOString()} (a gap of ${describeDuration(oldestKept - fromMs)}) ` +
    'may have been deleted before they could be collected.'
  );
}

/** Warns when collection could not catch up and lags far enough to lose events soon. */
export function lagWarning(watermarkMs: number | undefined, nowMs: number, truncated: boolean): string | undefined {
  if (!truncated || watermarkMs === undefined) return undefined;
  const lag = nowMs - watermarkMs;
  if (lag < LAG_WARNING_MS) return undefined;
  return (
    `Event collection is ${describeDuration(lag)} behind and this run stopped at max_events_per_fetch. ` +
    `Events are deleted after 72 hours: in about ${describeDuration(SIEM_RETENTION_MS - lag)} events will be lost. ` +
    'Raise max_events_per_fetch or fetch more often.'
  );
}

/** Action statuses shared by freeze, unenroll and wipe actions (v3 enum). */
export type ActionStatus = 'Pending' | 'Ineligible' | 'Failed' | 'Canceled' | 'Succeeded' | 'Completed' | 'Processing' | 'Ready';

export type Phase = 'Pending' | 'Processing' | 'Done';

/**
 * Progress is derived from the clock when read, never advanced by timers: an action finishes
 * `progressMs` after it was created, spending the first half Pending and the second half
 * Processing. Tests move the injected clock instead of waiting.
 */
export function phaseAt(createdMs: number, progressMs: number, nowMs: number): Phase {
  if (nowMs >= finishMs(createdMs, progressMs)) return 'Done';
  return nowMs >= processingStartMs(createdMs, progressMs) ? 'Processing' : 'Pending';
}

export function processingStartMs(createdMs: number, progressMs: number): number {
  return createdMs + Math.floor(progressMs / 2);
}

export function finishMs(createdMs: number, progressMs: number): number {
  return createdMs + progressMs;
}

/** Time of the latest transition reached by `nowMs`, for `updatedDateTimeUtc`-style fields. */
export function lastTransitionMs(createdMs: number, progressMs: number, nowMs: number): number {
  const phase = phaseAt(createdMs, progressMs, nowMs);
  if (phase === 'Pending') return createdMs;
  if (phase === 'Processing') return processingStartMs(createdMs, progressMs);
  return finishMs(createdMs, progressMs);
}

interface ClockedAction {
  failureReason?: string;
  canceledMs?: number;
}

/** An unenroll, wipe, Reach or File Delete action: Failed or Canceled as recorded, else its phase, ending in `done`. */
export function clockedActionStatus(
  action: ClockedAction,
  createdMs: number,
  progressMs: number,
  nowMs: number,
  done: 'Succeeded' | 'Completed',
): ActionStatus {
  if (action.failureReason) return 'Failed';
  if (action.canceledMs !== undefined) return 'Canceled';
  const phase = phaseAt(createdMs, progressMs, nowMs);
  return phase === 'Done' ? done : phase;
}

export function clockedActionUpdatedMs(action: ClockedAction, createdMs: number, progressMs: number, nowMs: number): number {
  if (action.canceledMs !== undefined) return action.canceledMs;
  if (action.failureReason) return createdMs;
  return lastTransitionMs(createdMs, progressMs, nowMs);
}

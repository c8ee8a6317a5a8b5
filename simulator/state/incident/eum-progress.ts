import { countStatuses, type RequestCounters } from '../action-record';
import type { EumActionRecord, EumRequestRecord } from './incident-data';

export type EumActionStatus = 'Pending' | 'Ready' | 'Processing' | 'Completed' | 'Failed' | 'Canceled';

/**
 * A Send Message action, derived from the clock like the other actions: Pending until the device
 * downloads it (half the progress time), Ready while a scheduled message waits for its time, then
 * Processing while the message is on screen (the other half), then Completed.
 */
export function eumActionStatus(request: EumRequestRecord, action: EumActionRecord, progressMs: number, nowMs: number): EumActionStatus {
  if (action.failureReason) return 'Failed';
  if (action.canceledMs !== undefined && action.canceledMs <= nowMs) return 'Canceled';
  const { downloadMs, shownMs, doneMs } = milestones(request, progressMs);
  if (nowMs < downloadMs) return 'Pending';
  if (nowMs < shownMs) return 'Ready';
  return nowMs < doneMs ? 'Processing' : 'Completed';
}

export function eumActionUpdatedMs(request: EumRequestRecord, action: EumActionRecord, progressMs: number, nowMs: number): number {
  if (action.canceledMs !== undefined && action.canceledMs <= nowMs) return action.canceledMs;
  if (action.failureReason) return request.createdMs;
  const { downloadMs, shownMs, doneMs } = milestones(request, progressMs);
  return [doneMs, shownMs, downloadMs].find((ms) => ms <= nowMs) ?? request.createdMs;
}

/** The request counters; Ready actions count as pending (the schema has no Ready counter). */
export function eumCounters(request: EumRequestRecord, progressMs: number, nowMs: number): RequestCounters {
  return countStatuses(request.actions.map((action) => eumActionStatus(request, action, progressMs, nowMs)));
}

/**
 * The documented request statuses: Completed once every action is final, InProgress while one is
 * Processing, Scheduled while a future message waits, Init while every action is Pending.
 */
export function eumRequestStatus(request: EumRequestRecord, progressMs: number, nowMs: number): string {
  const statuses = request.actions.map((a) => eumActionStatus(request, a, progressMs, nowMs));
  const open = statuses.filter((s) => s === 'Pending' || s === 'Ready' || s === 'Processing');
  if (open.length === 0) return 'Completed';
  if (open.includes('Processing')) return 'InProgress';
  if (request.scheduledMs !== undefined && request.scheduledMs > nowMs) return 'Scheduled';
  return statuses.every((s) => s === 'Pending') ? 'Init' : 'InProgress';
}

export function eumRequestUpdatedMs(request: EumRequestRecord, progressMs: number, nowMs: number): number {
  return request.actions.reduce((latest, a) => Math.max(latest, eumActionUpdatedMs(request, a, progressMs, nowMs)), request.createdMs);
}

function milestones(request: EumRequestRecord, progressMs: number): { downloadMs: number; shownMs: number; doneMs: number } {
  const half = Math.floor(progressMs / 2);
  const downloadMs = request.createdMs + half;
  const shownMs = Math.max(downloadMs, request.scheduledMs ?? downloadMs);
  return { downloadMs, shownMs, doneMs: shownMs + (progressMs - half) };
}

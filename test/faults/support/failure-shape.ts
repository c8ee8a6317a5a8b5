import type { Entry } from '../../../Integrations/Absolute/src/xsoar/entry';

/**
 * What makes a failure "clear" for an analyst: exactly one error entry in the runner's wording,
 * with a readable message and none of the tell-tale signs of an unhandled programming error.
 * Returns the problems found; empty when the entry is a clear failure.
 */
export function unclearFailure(entries: readonly Entry[], command: string): string[] {
  if (entries.length !== 1) return [`expected one error entry, got ${entries.length}`];
  const entry = entries[0] as Entry;
  const problems: string[] = [];
  if (entry.Type !== 4) problems.push(`Type ${entry.Type} instead of 4`);
  const text = typeof entry.Contents === 'string' ? entry.Contents : '';
  if (typeof entry.Contents !== 'string') problems.push('Contents is not text');
  if (entry.HumanReadable !== text) problems.push('HumanReadable differs from Contents');
  const head = `Failed to execute ${command} command.\nError:\n`;
  if (!text.startsWith(head)) problems.push('does not start with the runner wording');
  const message = text.slice(head.length);
  if (message.trim().length < 10) problems.push('message is empty or too short to be useful');
  return [...problems, ...unreadable(message)];
}

/** Signs of an internal error leaking into analyst-facing text. */
export function unreadable(text: string): string[] {
  const problems: string[] = [];
  if (/\bundefined\b/.test(text)) problems.push('mentions "undefined"');
  if (/\bNaN\b/.test(text)) problems.push('mentions "NaN"');
  if (text.includes('[object Object]')) problems.push('mentions "[object Object]"');
  if (/^\s+at .+[:(]\d+:\d+\)?$/m.test(text) || /\.(ts|js|cjs):\d+:\d+/.test(text)) problems.push('contains a stack trace');
  if (/Unexpected error|TypeError|ReferenceError|RangeError|SyntaxError/.test(text))
    problems.push('reports an unexpected programming error');
  return problems;
}

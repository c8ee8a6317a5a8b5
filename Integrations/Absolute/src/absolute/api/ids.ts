/**
 * An id the API handed back, when it is text. Replies are not checked against the declared types:
 * a numeric or object id went into the next request's path (a TypeError in the path encoder) or
 * into the War Room as "[object Object]". Without a usable id the command reports the outcome as
 * unknown, which is what it is.
 */
export function textId(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * An id the API handed back, or undefined when it is blank. Without a usable id a command reports
 * the outcome as unknown, which is what it is.
 */
export function presentId(value: string | null | undefined): string | undefined {
  return value !== null && value !== undefined && value.trim() !== '' ? value : undefined;
}

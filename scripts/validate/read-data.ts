// Tolerant readers for parsed YAML/JSON. Structural problems are ST110's job; the semantic rules
// read through these so a malformed value is skipped instead of crashing the run.

export type DataRecord = Record<string, unknown>;

export function asRecord(value: unknown): DataRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as DataRecord) : undefined;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Strings of a list, ignoring anything else. */
export function stringItems(value: unknown): string[] {
  return asArray(value).filter((item): item is string => typeof item === 'string');
}

export function hasKey(record: DataRecord, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

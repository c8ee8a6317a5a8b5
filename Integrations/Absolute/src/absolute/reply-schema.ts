import { z } from 'zod';
import { AbsoluteReplyShapeError } from './errors';

/**
 * What the pack expects of one reply's `data`: a zod schema, built on first use. Every process
 * runs one command, and constructing zod schemas at import would cost every command's start-up
 * the schemas of all the others.
 */
export type ReplySchema<T> = () => z.ZodType<T>;

/** The data a reply schema lets through. */
export type ReplyOf<S extends ReplySchema<unknown>> = S extends ReplySchema<infer T> ? T : never;

/** Fields the pack does not read: they pass through unchecked, as the API sent them. */
export type OtherFields = { readonly [field: string]: unknown };

export function lazySchema<T>(build: () => z.ZodType<T>): ReplySchema<T> {
  let built: z.ZodType<T> | undefined;
  return () => (built ??= build());
}

/*
 * Field helpers. A field is optional and null counts as absent: the API leaves out what the token
 * may not see. No transforms or defaults anywhere: checkReply hands on the reply itself, which is
 * only right while the schema's output is its input.
 */
export const text = () => z.string().nullish();
export const num = () => z.number().nullish();
export const flag = () => z.boolean().nullish();
export const list = <T extends z.ZodType>(item: T) => z.array(item).nullish();
/** A record whose listed fields are checked; others are allowed (zod's "strip" mode rejects nothing). */
export const record = <S extends z.ZodRawShape>(shape: S) => z.object(shape);
export const nested = <S extends z.ZodRawShape>(shape: S) => z.object(shape).nullish();

/**
 * `data` checked against `schema`, or a typed error naming the operation and the field. On success
 * the reply itself is returned, unknown fields included (they are passed on, e.g. as raw output);
 * zod's own copy would drop or re-copy every field of every record of a 100,000-device export.
 */
export function checkReply<T>(schema: ReplySchema<T>, data: unknown, reply: { operation: string; status: number; root?: string }): T {
  const result = schema().safeParse(data);
  if (result.success) return data as T;
  const [first, ...rest] = result.error.issues;
  const path = first?.path ?? [];
  const field = fieldPath(path, reply.root ?? 'data');
  const found = describeValue(valueAt(data, path));
  const wanted = first?.code === 'invalid_type' ? EXPECTED[first.expected] : undefined;
  const expected = wanted ? `, expected ${wanted}` : '';
  const more = rest.length > 0 ? ` (and ${rest.length} more field${rest.length > 1 ? 's' : ''})` : '';
  const detail = `${field || 'the reply'} is ${found}${expected}${more}`;
  const message = `Absolute returned an unexpected reply to ${reply.operation}: ${detail}.`;
  throw new AbsoluteReplyShapeError(message, { status: reply.status, operation: reply.operation, field });
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

/** `data[3].geoData.location.accuracy`, as a reader of the reply would write it. */
export function fieldPath(path: readonly PropertyKey[], root: string): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    root,
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return `${value}`;
  return `${typeof value === 'number' ? 'a number' : 'an object'}`;
}

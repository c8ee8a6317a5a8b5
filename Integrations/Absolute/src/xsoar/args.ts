import { z } from 'zod';

/** What the manifest must say about an argument; the drift test compares it with Absolute.yml. */
export interface ArgMeta {
  required: boolean;
  isArray: boolean;
  defaultValue?: string;
  predefined?: readonly string[];
  secret?: boolean;
  hidden?: boolean;
}

export interface ArgSpec<T> {
  schema: z.ZodType<T>;
  meta: ArgMeta;
}

export type ArgSpecs = Record<string, ArgSpec<unknown>>;
export type ParsedArgs<S extends ArgSpecs> = { [K in keyof S]: S[K] extends ArgSpec<infer T> ? T : never };

export interface ArgumentProblem {
  argument: string;
  message: string;
}

/**
 * Raised for bad input, before anything is sent. It carries every problem found, one line each,
 * and every line names its argument, so one run shows all that needs fixing.
 */
export class ArgumentError extends Error {
  readonly problems: readonly [ArgumentProblem, ...ArgumentProblem[]];

  constructor(argument: string, message: string, more: readonly ArgumentProblem[] = []) {
    const problems: [ArgumentProblem, ...ArgumentProblem[]] = [{ argument, message }, ...more];
    super(problems.map((p) => `Invalid argument "${p.argument}": ${p.message}`).join('\n'));
    this.name = 'ArgumentError';
    this.problems = problems;
  }

  /** The first argument at fault. */
  get argument(): string {
    return this.problems[0].argument;
  }
}

const text = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v).trim());

/** The platform sends '' for an argument left empty; treat it as absent. */
function optionalText(): z.ZodType<string | undefined> {
  return z.union([z.undefined(), z.null().transform(() => undefined), text.transform((v) => (v === '' ? undefined : v))]);
}

type Common = { required?: boolean; secret?: boolean; hidden?: boolean };

function requiredOrOptional<T>(schema: z.ZodType<T | undefined>, required: boolean | undefined, what: string): z.ZodType<T | undefined> {
  if (!required) return schema;
  return schema.refine((v) => v !== undefined, { message: `${what} is required` });
}

export const arg = {
  /** Free text, trimmed; `maxLength` in characters. */
  string(
    options: Common & { maxLength?: number; minLength?: number; pattern?: RegExp; patternHint?: string } = {},
  ): ArgSpec<string | undefined> {
    let schema = optionalText();
    if (options.minLength !== undefined || options.maxLength !== undefined || options.pattern) {
      schema = schema.superRefine((v, ctx) => {
        if (v === undefined) return;
        if (options.minLength !== undefined && v.length < options.minLength)
          ctx.addIssue({ code: 'custom', message: `must be at least ${options.minLength} characters` });
        if (options.maxLength !== undefined && v.length > options.maxLength)
          ctx.addIssue({ code: 'custom', message: `must be at most ${options.maxLength} characters (got ${v.length})` });
        if (options.pattern && !options.pattern.test(v))
          ctx.addIssue({ code: 'custom', message: options.patternHint ?? `must match ${options.pattern}` });
      });
    }
    return { schema: requiredOrOptional(schema, options.required, 'a value'), meta: meta(options, false) };
  },

  /** Comma-separated list (or a real array from playbook context), items trimmed, empties dropped, duplicates removed. */
  list(options: Common & { maxItems?: number; itemPattern?: RegExp; itemHint?: string } = {}): ArgSpec<string[]> {
    const schema = z
      .union([z.undefined(), z.null(), text, z.array(text)])
      .transform((v, ctx) => {
        if (hasStructuredItems(v)) {
          ctx.addIssue({ code: 'custom', message: 'list items must be plain values, not objects or nulls' });
          return z.NEVER;
        }
        return toList(v);
      })
      .superRefine((items, ctx) => {
        if (options.required && items.length === 0) ctx.addIssue({ code: 'custom', message: 'at least one value is required' });
        if (options.maxItems !== undefined && items.length > options.maxItems)
          ctx.addIssue({ code: 'custom', message: `at most ${options.maxItems} values are allowed (got ${items.length})` });
        if (options.itemPattern) {
          const bad = items.filter((i) => !options.itemPattern?.test(i));
          if (bad.length > 0)
            ctx.addIssue({
              code: 'custom',
              message: `${options.itemHint ?? 'invalid value'}: ${bad
                .slice(0, 5)
                .map((b) => JSON.stringify(b))
                .join(', ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''}`,
            });
        }
      });
    return { schema, meta: meta(options, true) };
  },

  /** An integer given as text; `defaultValue` applies when absent. */
  number<D extends number | undefined = undefined>(
    options: Common & { defaultValue?: D; min?: number; max?: number } = {},
  ): ArgSpec<D extends number ? number : number | undefined> {
    const schema = optionalText().transform((v, ctx) => {
      if (v === undefined) return options.defaultValue;
      if (!/^[+-]?\d+$/.test(v)) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number (got ${JSON.stringify(v)})` });
        return z.NEVER;
      }
      const n = Number(v);
      if (options.min !== undefined && n < options.min)
        ctx.addIssue({ code: 'custom', message: `must be at least ${options.min} (got ${n})` });
      if (options.max !== undefined && n > options.max)
        ctx.addIssue({ code: 'custom', message: `must be at most ${options.max} (got ${n})` });
      return n;
    });
    const spec = { schema: requiredOrOptional(schema, options.required, 'a number'), meta: meta(options, false, options.defaultValue) };
    return spec as unknown as ArgSpec<D extends number ? number : number | undefined>;
  },

  /** `true`/`false` (also yes/no, 1/0) as the platform sends them; never coerces "false" to true. */
  boolean(options: Common & { defaultValue?: boolean } = {}): ArgSpec<boolean> {
    const parse = z.union([z.boolean(), z.stringbool({ truthy: ['true', 'yes', '1'], falsy: ['false', 'no', '0'] })]);
    const schema = z.union([z.undefined(), z.null(), z.literal(''), z.boolean(), z.string()]).transform((v, ctx) => {
      if (v === undefined || v === null || v === '') return options.defaultValue ?? false;
      const parsed = parse.safeParse(typeof v === 'string' ? v.trim().toLowerCase() : v);
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: `must be true or false (got ${JSON.stringify(v)})` });
        return z.NEVER;
      }
      return parsed.data;
    });
    return { schema, meta: { ...meta(options, false, options.defaultValue), predefined: ['true', 'false'] } };
  },

  /** One of a fixed set; `aliases` map extra accepted spellings onto a canonical value. */
  choice<const V extends string>(
    values: readonly V[],
    options: Common & { defaultValue?: V; aliases?: Record<string, V> } = {},
  ): ArgSpec<V | undefined> {
    const lookup = new Map<string, V>(values.map((v) => [v.toLowerCase(), v]));
    for (const [alias, target] of Object.entries(options.aliases ?? {})) lookup.set(alias.toLowerCase(), target);
    const schema = optionalText().transform((v, ctx) => {
      if (v === undefined) return options.defaultValue;
      const hit = lookup.get(v.toLowerCase());
      if (!hit) {
        ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')} (got ${JSON.stringify(v)})` });
        return z.NEVER;
      }
      return hit;
    });
    return {
      schema: requiredOrOptional(schema, options.required, 'a value'),
      meta: { ...meta(options, false, options.defaultValue), predefined: values },
    };
  },
};

function meta(options: Common, isArray: boolean, defaultValue?: string | number | boolean): ArgMeta {
  const m: ArgMeta = { required: options.required ?? false, isArray };
  if (defaultValue !== undefined) m.defaultValue = String(defaultValue);
  if (options.secret) m.secret = true;
  if (options.hidden) m.hidden = true;
  return m;
}

/** True for a JSON-array string (or array) holding objects or nulls, which no list argument accepts. */
function hasStructuredItems(value: unknown): boolean {
  let items: unknown = value;
  if (typeof value === 'string' && value.trim().startsWith('[')) {
    try {
      items = JSON.parse(value);
    } catch {
      return false;
    }
  }
  return Array.isArray(items) && items.some((i) => i === null || typeof i === 'object');
}

/** An argument value as text: an object the platform passes (a context value) becomes JSON, not "[object Object]". */
export function argText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value.toString();
  if (value === undefined || value === null) return String(value);
  if (typeof value === 'symbol' || typeof value === 'function') return value.toString();
  return JSON.stringify(value);
}

/** argToList semantics: split on commas, trim, drop empties; a JSON array string is parsed. */
export function toList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  let items: unknown[];
  if (Array.isArray(value)) items = value;
  else {
    const s = argText(value).trim();
    if (s.startsWith('[') && s.endsWith(']')) {
      try {
        const parsed: unknown = JSON.parse(s);
        items = Array.isArray(parsed) ? parsed : [s];
      } catch {
        items = s.split(',');
      }
    } else items = s.split(',');
  }
  const seen = new Set<string>();
  for (const item of items) {
    const t = String(item).trim();
    if (t !== '') seen.add(t);
  }
  return [...seen];
}

/** Arguments the platform itself may add to any command; accepted and ignored. */
export const PLATFORM_ARGS: ReadonlySet<string> = new Set([
  'using',
  'using-brand',
  'using-category',
  'execution-timeout',
  'extend-context',
  'ignore-outputs',
  'retry-count',
  'retry-interval',
  'raw-response',
  'auto-extract',
]);

/**
 * Parses raw string arguments argument by argument and reports every problem at once. Only own
 * properties count: an inherited name such as `toString` or `__proto__` is an unknown argument.
 */
export function parseArgs<S extends ArgSpecs>(specs: S, raw: Readonly<Record<string, unknown>>): ParsedArgs<S> {
  const problems: ArgumentProblem[] = [];
  const unknown = Object.keys(raw).filter((name) => !Object.hasOwn(specs, name) && !PLATFORM_ARGS.has(name));
  const known = Object.keys(specs);
  unknown.forEach((name, i) => {
    const accepted = i === 0 && known.length ? `; it accepts ${known.join(', ')}` : '';
    problems.push({ argument: name, message: `this command has no such argument${accepted}` });
  });
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const result = spec.schema.safeParse(Object.hasOwn(raw, name) ? raw[name] : undefined);
    if (result.success) out[name] = result.data;
    else problems.push({ argument: name, message: result.error.issues.map((i) => i.message).join('; ') });
  }
  const [first, ...more] = problems;
  if (first) throw new ArgumentError(first.argument, first.message, more);
  return out as ParsedArgs<S>;
}

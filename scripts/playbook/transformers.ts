import { asList, unwrap } from './context-path';

/** The transformers the runner implements; anything else is rejected by name. */
export type Transformer = (value: unknown, args: Readonly<Record<string, unknown>>) => unknown;

const eachText = (value: unknown, map: (s: string) => string): unknown =>
  unwrap(asList(value).map((v) => (typeof v === 'string' ? map(v) : v)));

export const TRANSFORMERS: Readonly<Record<string, { args: readonly string[]; apply: Transformer }>> = {
  FirstArrayElement: { args: [], apply: (v) => asList(v)[0] },
  LastArrayElement: { args: [], apply: (v) => asList(v).at(-1) },
  uniq: { args: [], apply: (v) => unwrap([...new Map(asList(v).map((x) => [JSON.stringify(x), x])).values()]) },
  count: { args: [], apply: (v) => asList(v).length },
  join: {
    args: ['separator'],
    apply: (v, a) =>
      asList(v)
        .map(String)
        .join(typeof a['separator'] === 'string' ? a['separator'] : ','),
  },
  toLowerCase: { args: [], apply: (v) => eachText(v, (s) => s.toLowerCase()) },
  toUpperCase: { args: [], apply: (v) => eachText(v, (s) => s.toUpperCase()) },
};

export const TRANSFORMER_NAMES = Object.keys(TRANSFORMERS);

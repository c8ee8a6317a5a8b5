export type Span = [start: number, end: number];

/** A suffix automaton: every substring of the material is a path from state 0. */
interface State {
  len: number;
  link: number;
  next: Map<number, number>;
}

/**
 * The stretches of `text` at least `min` UTF-16 units long that also occur somewhere in `material`,
 * merged where they overlap. One pass over the text with a suffix automaton of the material keeps
 * the time linear in both lengths whatever they hold: searching windows of the material and growing
 * each hit turns quadratic or worse on a long run of one character (a password of 255 "x" in a
 * message that quotes thousands of them).
 */
export function sharedRuns(text: string, material: string, min: number): Span[] {
  const states = automatonOf(material);
  const spans: Span[] = [];
  let state = 0;
  let length = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    while (state !== 0 && !at(states, state).next.has(c)) {
      state = at(states, state).link;
      length = at(states, state).len;
    }
    const next = at(states, state).next.get(c);
    [state, length] = next === undefined ? [0, 0] : [next, length + 1];
    if (length < min) continue;
    // The longest stretch of the material ending here; it overlaps the previous one or starts anew.
    const start = k + 1 - length;
    const last = spans.at(-1);
    if (last && start <= last[1]) last[1] = k + 1;
    else spans.push([start, k + 1]);
  }
  return spans;
}

/** Redaction asks about the same few secrets for every line; building an automaton is linear but not free. */
const cache = new Map<string, State[]>();

function automatonOf(material: string): State[] {
  const cached = cache.get(material);
  if (cached) return cached;
  if (cache.size >= 16) cache.clear();
  const states = build(material);
  cache.set(material, states);
  return states;
}

function build(material: string): State[] {
  const states: State[] = [{ len: 0, link: -1, next: new Map() }];
  let last = 0;
  for (let i = 0; i < material.length; i++) {
    const c = material.charCodeAt(i);
    const current = states.push({ len: at(states, last).len + 1, link: 0, next: new Map() }) - 1;
    let p = last;
    while (p !== -1 && !at(states, p).next.has(c)) {
      at(states, p).next.set(c, current);
      p = at(states, p).link;
    }
    if (p !== -1) {
      const q = at(states, p).next.get(c) ?? 0;
      if (at(states, p).len + 1 === at(states, q).len) at(states, current).link = q;
      else {
        const clone = states.push({ len: at(states, p).len + 1, link: at(states, q).link, next: new Map(at(states, q).next) }) - 1;
        while (p !== -1 && at(states, p).next.get(c) === q) {
          at(states, p).next.set(c, clone);
          p = at(states, p).link;
        }
        at(states, q).link = clone;
        at(states, current).link = clone;
      }
    }
    last = current;
  }
  return states;
}

function at(states: readonly State[], index: number): State {
  const state = states[index];
  if (!state) throw new RangeError(`no automaton state ${index}`);
  return state;
}

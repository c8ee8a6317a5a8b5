/** A location inside parsed YAML/JSON: map keys and sequence indexes, outermost first. */
export type PathSegment = string | number;

// Keys that read unambiguously after a dot; anything else (task ids "0", "#none#", spaces) is quoted.
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_:$-]*$/;

/** Renders a path the way people write it: `script.commands[3].arguments[0].name`, `tasks["0"].task`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '(root)' : out;
}

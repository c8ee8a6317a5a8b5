/**
 * How dist/absolute.cjs carries its program after the head (boot/start.ts): a marker line, then
 * the program wrapped as a CommonJS module function, every line commented out with `//`. Written
 * by scripts/build.mjs (writeProgram), read back by the head (readProgram).
 */
export const PROGRAM_MARKER = '//@absolute-program';

const LINE_PREFIX = '//';

/** The module function the head calls with its own exports, require, module, __filename and __dirname. */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_END = '\n})';

/**
 * The program as comment lines. It must be ASCII without carriage returns (esbuild's default
 * output): a comment ends at any line terminator, and CR, U+2028 and U+2029 are terminators too.
 */
export function writeProgram(code: string): string {
  // eslint-disable-next-line no-control-regex
  const bad = /[^\x00-\x7f]|\r/u.exec(code);
  if (bad) {
    const codePoint = (bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    throw new Error(`the program cannot be carried as comments: character U+${codePoint} at offset ${bad.index}`);
  }
  const wrapped = `${WRAPPER_START}${code}${WRAPPER_END}`;
  return `${PROGRAM_MARKER}\n${LINE_PREFIX}${wrapped.replaceAll('\n', `\n${LINE_PREFIX}`)}\n`;
}

/**
 * The program's source and the line of the file it starts on (0-based), or undefined when the file
 * has none or only part of it (a copy cut short loses the wrapper's end).
 */
export function readProgram(file: string, marker: string): { source: string; lineOffset: number } | undefined {
  // The marker is a line of its own: the head's code holds the same text inside a string.
  const markerLine = `${marker}\n`;
  const at = file.startsWith(markerLine) ? 0 : file.indexOf(`\n${markerLine}`) + 1;
  if (at === 0 && !file.startsWith(markerLine)) return undefined;
  const start = at + markerLine.length;
  let lineOffset = 0;
  for (let i = file.indexOf('\n'); i !== -1 && i < start; i = file.indexOf('\n', i + 1)) lineOffset++;
  const body = file.slice(start, file.endsWith('\n') ? -1 : undefined);
  if (!body.startsWith(LINE_PREFIX)) return undefined;
  const source = body.slice(LINE_PREFIX.length).replaceAll(`\n${LINE_PREFIX}`, '\n');
  return source.startsWith(WRAPPER_START) && source.endsWith(WRAPPER_END) ? { source, lineOffset } : undefined;
}

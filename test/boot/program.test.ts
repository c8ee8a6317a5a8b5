import fc from 'fast-check';
import { Script } from 'node:vm';
import { PROGRAM_MARKER, readProgram, writeProgram } from '../../Integrations/Absolute/src/boot/program';
import { fuzzParams } from '../fuzz/support/fuzz-config';

/**
 * dist/absolute.cjs carries its program as comment lines after a head (boot/program.ts). The head
 * compiles what readProgram gives back, so the code must come back byte for byte, and lineOffset
 * must make the program's stack lines the file's lines.
 */

/** The CommonJS module function the program is wrapped in (its parameters are the head's contract). */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_END = '\n})';

/** What the head would read: `head` (its own lines), then the carried program. */
const fileOf = (head: string, code: string) => `${head}${writeProgram(code)}`;

function codeBack(file: string): string | undefined {
  const program = readProgram(file, PROGRAM_MARKER);
  if (!program) return undefined;
  expect(program.source.startsWith(WRAPPER_START) && program.source.endsWith(WRAPPER_END)).toBe(true);
  return program.source.slice(WRAPPER_START.length, -WRAPPER_END.length);
}

/** Runs carried code as the head does and returns what it put in module.exports. */
function runCarried(file: string): unknown {
  const program = readProgram(file, PROGRAM_MARKER);
  if (!program) throw new Error('no program');
  const wrapper = new Script(program.source, { filename: 'carried.cjs', lineOffset: program.lineOffset }).runInThisContext() as (
    ...args: unknown[]
  ) => void;
  const module = { exports: {} as unknown };
  wrapper(module.exports, require, module, 'carried.cjs', '.');
  return module.exports;
}

/** ASCII without CR, weighted towards what could end or open a comment, a template or a line. */
const ASCII_NO_CR = fc.string({
  unit: fc
    .integer({ min: 0, max: 0x7f })
    .filter((c) => c !== 0x0d)
    .map((c) => String.fromCharCode(c)),
});
const TRICKY = fc.constantFrom(
  '\n',
  '//',
  '/*',
  '*/',
  '`',
  '${',
  '}',
  '\\',
  '\n//',
  '\n\n',
  '-->',
  '<!--',
  PROGRAM_MARKER,
  PROGRAM_MARKER.slice(2),
);
const CODE = fc.array(fc.oneof(ASCII_NO_CR, TRICKY), { maxLength: 30 }).map((parts) => parts.join(''));
const HEAD = fc.array(fc.string({ unit: fc.constantFrom('a', '/', ' ', ';', '"', '1'), maxLength: 40 }), { maxLength: 6 });

describe('writeProgram and readProgram', () => {
  test('any ASCII code without CR comes back exactly, whatever head precedes it', () => {
    fc.assert(
      fc.property(HEAD, CODE, (headLines, code) => {
        const head = headLines.map((line) => `${line}\n`).join('');
        expect(codeBack(fileOf(head, code))).toBe(code);
      }),
      fuzzParams(),
    );
  });

  test('a template literal with raw newlines, comment and backtick lookalikes keeps its value', () => {
    const text = fc.array(fc.oneof(ASCII_NO_CR, TRICKY), { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        // Escaped as a template's raw text: only `\`, backtick and `${` need it; the newlines stay raw.
        const raw = value.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
        const code = `// a comment\nmodule.exports = { value: \`${raw}\` }; /* and */\n// a trailing comment`;
        expect(runCarried(fileOf('"use strict";\n', code))).toEqual({ value });
      }),
      fuzzParams(),
    );
  });

  test.each([0, 1, 2, 5, 40])('after a head of %i lines, lineOffset is the 0-based line the program starts on', (lines) => {
    const head = Array.from({ length: lines }, (_, i) => `var line${i} = ${i};\n`).join('');
    const file = fileOf(head, 'var a = 1;\nvar b = 2;\nthrow new Error("from line 3 of the program");');
    const program = readProgram(file, PROGRAM_MARKER);
    // The head's lines, then the marker's line: the program's first line follows them.
    expect(program?.lineOffset).toBe(lines + 1);
    expect(file.split('\n')[lines + 1]).toBe(`//${WRAPPER_START}var a = 1;`);
    const script = new Script(program?.source ?? '', { filename: 'f.cjs', lineOffset: program?.lineOffset ?? 0 });
    const wrapper = script.runInThisContext() as () => void;
    let stack = '';
    try {
      wrapper();
    } catch (error) {
      stack = (error as Error).stack ?? '';
    }
    // Stack lines are 1-based: the throw is on the program's third line.
    expect(stack).toContain(`f.cjs:${lines + 1 + 3}:`);
    expect(file.split('\n')[lines + 1 + 2]).toContain('throw new Error("from line 3');
  });

  test.each([
    ['é', 'U+00E9'],
    ['\r', 'U+000D'],
    ['\u2028', 'U+2028'],
    ['\u2029', 'U+2029'],
    ['😀', 'U+1F600'],
  ])('refuses %j, naming it and where it is', (character, named) => {
    expect(() => writeProgram(`const a = 1;\nconst b = "${character}";`)).toThrow(
      `the program cannot be carried as comments: character ${named} at offset 24`,
    );
  });

  test('a file without the marker line, or with the marker only inside a line, has no program', () => {
    expect(readProgram('#!/usr/bin/env node\nconsole.log(1);\n', PROGRAM_MARKER)).toBeUndefined();
    const carried = writeProgram('a();').slice(PROGRAM_MARKER.length);
    expect(readProgram(`var h = "${PROGRAM_MARKER}";${carried}`, PROGRAM_MARKER)).toBeUndefined();
    expect(readProgram(`x\n ${PROGRAM_MARKER}${carried}`, PROGRAM_MARKER)).toBeUndefined();
  });

  test('a damaged body is not a program: uncommented first line, nothing after the marker, or a copy cut short', () => {
    const file = fileOf('head();\n', 'a();\nb();\nc();');
    const markerEnd = file.indexOf(`${PROGRAM_MARKER}\n`) + PROGRAM_MARKER.length + 1;
    expect(readProgram(file, PROGRAM_MARKER)).toBeDefined();
    expect(readProgram(`${file.slice(0, markerEnd)}${file.slice(markerEnd + 2)}`, PROGRAM_MARKER)).toBeUndefined();
    expect(readProgram(file.slice(0, markerEnd), PROGRAM_MARKER)).toBeUndefined();
    expect(readProgram(`${file.slice(0, markerEnd)}\n`, PROGRAM_MARKER)).toBeUndefined();
    // Cut at every point inside the program, with or without the cut line's end.
    for (let end = markerEnd; end < file.length - 1; end++) {
      expect(readProgram(file.slice(0, end), PROGRAM_MARKER)).toBeUndefined();
    }
  });
});

import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { openCodeCache, type CodeCacheStore } from './code-cache';
import { isCommandLineRun } from './entry-mode';
import { PROGRAM_MARKER, readProgram } from './program';

/**
 * The head of dist/absolute.cjs. The program itself (main.ts and everything it loads) follows in
 * the same file as comment lines, which Node skips without compiling; this head compiles it with
 * V8's code cache from an earlier run, so a command starts without compiling the program again.
 * The first run, or one after an upgrade, compiles as usual and leaves the cache for the next.
 */

/** SHA-256 of the program, set by scripts/build.mjs: a cache made from other code is never offered to V8. */
declare const PROGRAM_SHA256: string;

/**
 * undici parses HTTP with llhttp compiled to WebAssembly. V8 starts it on its baseline compiler and
 * re-compiles the parser with its optimising compiler once it has run a little: within the first
 * response. That background compile costs about as much CPU as the rest of a short command, and the
 * process waits for it before it can exit. The parser is not where time goes (exporting 100,000
 * devices is no slower without it), so the optimising tier is put off until a parser has really
 * worked hard. Set before the program is compiled: V8 accepts a code cache only under the flags
 * it was made with, and the cache is made at the end of a run.
 */
setFlagsFromString('--wasm-tiering-budget=2000000000');

type ProgramFunction = (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, filename: string, dirname: string) => void;

const debug = process.env['ABSOLUTE_CODE_CACHE_DEBUG'] === '1';
const note = (line: string) => debug && process.stderr.write(`code cache: ${line}\n`);

function cacheStore(): CodeCacheStore | undefined {
  const store = openCodeCache(
    {
      programSha256: PROGRAM_SHA256,
      // As main.ts decides: a usage screen must not become the runner's cache, which is then kept.
      mode: isCommandLineRun(process.argv) ? 'cli' : 'runner',
      nodeVersion: process.version,
      arch: process.arch,
    },
    { env: process.env, uid: process.getuid?.() },
  );
  if (!store) note('off (ABSOLUTE_CODE_CACHE=off, or neither XDG_CACHE_HOME nor HOME is set)');
  return store;
}

const program = readProgram(readFileSync(__filename, 'latin1'), PROGRAM_MARKER);
if (!program) throw new Error(`${__filename} is damaged (its program is missing); build or install the pack again.`);
const store = cacheStore();
const cachedData = store?.read();
const script = new Script(program.source, { filename: __filename, lineOffset: program.lineOffset, cachedData });
if (store) {
  const state = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  note(`${state} ${store.file}`);
  // Made after a successful run, so it holds the code that run compiled too (not only the top level);
  // a run that failed early compiled little, and the next successful one makes the cache instead.
  if (state !== 'accepted')
    process.once('exit', (code) => code === 0 && note(`${store.write(script.createCachedData()) ? 'written' : 'not written'}`));
}
(script.runInThisContext() as ProgramFunction).call(module.exports, module.exports, require, module, __filename, __dirname);

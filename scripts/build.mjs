// Bundles each entry point into one self-contained CommonJS file under dist/ with esbuild.
// dist/absolute.cjs is the integration itself: plain `node dist/absolute.cjs` runs it, no node_modules needed.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyPatchedDependencies } from './patched-dependencies.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** out file -> source; an entry whose source does not exist yet is skipped. */
const entries = {
  'absolute.cjs': 'Integrations/Absolute/src/main.ts',
  'simulator.cjs': 'simulator/cli.ts',
  'demo.cjs': 'scripts/demo.ts',
  'playbook.cjs': 'scripts/playbook/cli.ts',
  'validate.cjs': 'scripts/validate/cli.ts',
  'docs.cjs': 'scripts/docs/cli.ts',
  'bench.cjs': 'scripts/bench/cli.ts',
};

/**
 * Start-up of dist/absolute.cjs, which the platform spawns for every command: less code to compile
 * and to run before the first request (see README "Benchmarks"). Behaviour is unchanged. The
 * stand-ins below rely on exact dependency code, checked first by verifyPatchedDependencies.
 * - minified (names kept: errors report their class name);
 * - zod's error messages in English only: the other 40-odd locales are never configured here;
 * - undici's core only (Agent, EnvHttpProxyAgent, request): its index also loads fetch, WebSocket,
 *   EventSource, the cache stores and the mocks, with node:http2, worker_threads and more behind them.
 */
const ZOD_LOCALES = /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/;
const englishOnlyZod = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer)
        ? { path: join(args.resolveDir, '..', 'locales', 'index.js'), namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: ZOD_LOCALES, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js';\n",
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};
const undiciCore = {
  name: 'undici-core',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, (args) =>
      args.importer.includes(`${join('Integrations', 'Absolute', 'src')}`) ? { path: 'undici-core', namespace: 'undici-core' } : undefined,
    );
    // HTTP/2 is only negotiated with allowH2/useH2c, which the transport never sets; its client
    // would load node:http2 at start-up for nothing.
    b.onResolve({ filter: /^\.\/client-h2\.js$/ }, (args) =>
      /[\\/]undici[\\/]lib[\\/]dispatcher[\\/]client\.js$/.test(args.importer)
        ? { path: 'client-h2', namespace: 'undici-core' }
        : undefined,
    );
    b.onLoad({ filter: /^client-h2$/, namespace: 'undici-core' }, () => ({
      contents:
        "module.exports = function connectH2 () { throw new Error('HTTP/2 is not part of this build of the pack (allowH2 is never enabled).') }\n",
      loader: 'js',
    }));
    // node:http costs ~4 ms of every start-up, and undici's core takes two values from it:
    // - IncomingMessage (core/util.js): destroy() compares a stream's constructor with it, to detach
    //   a Node HTTP response used as a request body. The pack's bodies are strings, so no stream
    //   it destroys is one; a class nothing is an instance of gives the same answers.
    // - maxHeaderSize (dispatcher/client.js): the default limit of a response's headers, Node's
    //   16 KiB unless --max-http-header-size is given (command line or NODE_OPTIONS), read the same way.
    b.onResolve({ filter: /^node:http$/ }, (args) =>
      /[\\/]undici[\\/]lib[\\/](core[\\/]util|dispatcher[\\/]client)\.js$/.test(args.importer)
        ? { path: 'node-http-values', namespace: 'undici-core' }
        : undefined,
    );
    b.onLoad({ filter: /^node-http-values$/, namespace: 'undici-core' }, () => ({
      contents: [
        'class IncomingMessage {}',
        'const flag = /(?:^|\\s)--max-http-header-size[= ](\\d+)(?:\\s|$)/;',
        "const given = flag.exec(process.execArgv.join(' ')) ?? flag.exec(process.env.NODE_OPTIONS ?? '');",
        'module.exports = { IncomingMessage, maxHeaderSize: given ? Number(given[1]) : 16 * 1024 };',
      ].join('\n'),
      loader: 'js',
    }));
    // An ES module, so importing anything else from undici fails the build instead of being undefined.
    b.onLoad({ filter: /^undici-core$/, namespace: 'undici-core' }, () => ({
      contents: [
        "import Agent from './lib/dispatcher/agent.js';",
        "import EnvHttpProxyAgent from './lib/dispatcher/env-http-proxy-agent.js';",
        "import Dispatcher from './lib/dispatcher/dispatcher.js';",
        "import api from './lib/api/index.js';",
        "import errors from './lib/core/errors.js';",
        "import util from './lib/core/util.js';",
        "import globals from './lib/global.js';",
        // As undici's index.js does, so dispatchers carry request() and friends.
        'Object.assign(Dispatcher.prototype, api);',
        // undici's index.js makeDispatcher(), unchanged (MIT, Copyright (c) Matteo Collina and Undici contributors).
        'function makeDispatcher (fn) {',
        '  return (url, opts, handler) => {',
        "    if (typeof opts === 'function') { handler = opts; opts = null }",
        "    if (!url || (typeof url !== 'string' && typeof url !== 'object' && !(url instanceof URL))) throw new errors.InvalidArgumentError('invalid url')",
        "    if (opts != null && typeof opts !== 'object') throw new errors.InvalidArgumentError('invalid opts')",
        '    if (opts && opts.path != null) {',
        "      if (typeof opts.path !== 'string') throw new errors.InvalidArgumentError('invalid opts.path')",
        '      let path = opts.path',
        "      if (!opts.path.startsWith('/')) path = `/${path}`",
        '      url = new URL(util.parseOrigin(url).origin + path)',
        '    } else {',
        "      if (!opts) opts = typeof url === 'object' ? url : {}",
        '      url = util.parseURL(url)',
        '    }',
        '    const { agent, dispatcher = globals.getGlobalDispatcher() } = opts',
        "    if (agent) throw new errors.InvalidArgumentError('unsupported opts.agent. Did you mean opts.client?')",
        "    return fn.call(dispatcher, { ...opts, origin: url.origin, path: url.search ? `${url.pathname}${url.search}` : url.pathname, method: opts.method || (opts.body ? 'PUT' : 'GET') }, handler)",
        '  }',
        '}',
        'export const request = makeDispatcher(api.request);',
        'export { Agent, EnvHttpProxyAgent, Dispatcher };',
      ].join('\n'),
      resolveDir: join(root, 'node_modules', 'undici'),
      loader: 'js',
    }));
  },
};
/**
 * `pack:command-catalog`: the manifest's commands (descriptions, execution flag, arguments, outputs)
 * as data, read from Absolute.yml at build time so the command line's help and confirmation need
 * no YAML parser at run time. Embedded as a JSON string: parsed only when the command line loads it.
 */
const { readCatalog } = createRequire(import.meta.url)('./catalog/command-catalog.cjs');
const commandCatalog = {
  name: 'command-catalog',
  setup(b) {
    b.onResolve({ filter: /^pack:command-catalog$/ }, () => ({ path: 'command-catalog', namespace: 'pack-catalog' }));
    b.onLoad({ filter: /^command-catalog$/, namespace: 'pack-catalog' }, () => ({
      contents: `export const COMMAND_CATALOG = JSON.parse(${JSON.stringify(JSON.stringify(readCatalog()))});\n`,
      loader: 'js',
    }));
  },
};
const coldStartOptions = { minify: true, keepNames: true, plugins: [englishOnlyZod, undiciCore, commandCatalog] };

/**
 * dist/absolute.cjs: the head (boot/start.ts), then the program as comment lines (boot/program.ts
 * says how), so the head can compile the program with V8's code cache of an earlier run. The
 * shebang makes the file the `absolute` command line (package.json bin); the banner carries the version.
 */
async function writeIntegrationBundle(file, programCode) {
  const load = async (source) => {
    const out = await build({
      entryPoints: [join(root, source)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      logLevel: 'warning',
    });
    return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  };
  const { writeProgram } = await load('Integrations/Absolute/src/boot/program.ts');
  const program = writeProgram(programCode);
  const head = await build({
    entryPoints: [join(root, 'Integrations/Absolute/src/boot/start.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    define: { PROGRAM_SHA256: JSON.stringify(createHash('sha256').update(program).digest('hex')) },
  });
  const banner = `#!/usr/bin/env node\n// Absolute Secure Endpoint pack ${pkg.version}\n`;
  // esbuild writes nothing here (write: false), so on a fresh checkout dist/ does not exist yet.
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${banner}${head.outputFiles[0].text}${program}`, { mode: 0o755 });
  chmodSync(file, 0o755);
}

// Before anything is built: a stand-in written for other code must stop the build, loudly.
verifyPatchedDependencies(join(root, 'node_modules'));

const started = Date.now();
const built = [];
for (const [out, source] of Object.entries(entries)) {
  if (!existsSync(join(root, source))) continue;
  const result = await build({
    entryPoints: [join(root, source)],
    outfile: join(root, 'dist', out),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minifySyntax: true,
    legalComments: 'none',
    sourcemap: false,
    logLevel: 'warning',
    define: { PACK_VERSION: JSON.stringify(pkg.version) },
    ...(out === 'absolute.cjs' ? { ...coldStartOptions, write: false } : {}),
  });
  if (out === 'absolute.cjs') await writeIntegrationBundle(join(root, 'dist', out), result.outputFiles[0].text);
  built.push(out);
}
if (!quiet) console.error(`built ${built.map((b) => `dist/${b}`).join(', ')} in ${Date.now() - started} ms`);

// Post-build (scripts/unify): dist/integration-Absolute.yml, the unified integration a server imports.
{
  const { execFileSync } = await import('node:child_process');
  const unify = join(root, 'dist', 'unify.cjs');
  await build({
    entryPoints: [join(root, 'scripts/unify/cli.ts')],
    outfile: unify,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  execFileSync(process.execPath, [unify, root, ...(quiet ? ['--quiet'] : [])], { stdio: 'inherit' });
}

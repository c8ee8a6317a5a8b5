// Transpiles TypeScript test and source files for Jest with esbuild: fast, and no coupling to a
// particular TypeScript version (type-checking is `npm run typecheck`).
const { transformSync } = require('esbuild');
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { version } = require('../package.json');

// Part of every cache key, so changing these options re-transforms instead of reusing stale output.
const SELF = createHash('sha256').update(readFileSync(__filename)).update(version).digest('hex');

module.exports = {
  getCacheKey(source, filename) {
    return createHash('sha256').update(SELF).update(filename).update(source).digest('hex');
  },
  process(source, filename) {
    const result = transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: filename,
      define: { PACK_VERSION: JSON.stringify(version) },
      // Jest's CommonJS sandbox cannot run import(); the sources' lazy imports become require().
      supported: { 'dynamic-import': false },
    });
    return { code: result.code };
  },
};

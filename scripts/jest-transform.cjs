// Transpiles TypeScript test and source files for Jest with esbuild: fast, and no coupling to a
// particular TypeScript version (type-checking is `npm run typecheck`).
const { transformSync } = require('esbuild');
const { version } = require('../package.json');

module.exports = {
  process(source, filename) {
    const result = transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: filename,
      define: { PACK_VERSION: JSON.stringify(version) },
    });
    return { code: result.code };
  },
};

/** Jest runs the TypeScript sources through esbuild (see scripts/jest-transform.cjs); tsc type-checks separately. */
// The tests' runs of dist/absolute.cjs keep no code cache in the user's cache folder (workers and the
// processes they start inherit this); the tests of the cache itself name their own folders.
process.env.ABSOLUTE_CODE_CACHE ??= 'off';

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '\\.ts$': '<rootDir>/scripts/jest-transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'cjs', 'json'],
  // Built into dist/absolute.cjs by scripts/build.mjs; computed from the manifest on disk in tests.
  moduleNameMapper: { '^pack:command-catalog$': '<rootDir>/scripts/catalog/jest-command-catalog.cjs' },
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.cjs'],
  testTimeout: 60000,
};

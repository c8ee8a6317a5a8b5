/** Jest runs the TypeScript sources through esbuild (see scripts/jest-transform.cjs); tsc type-checks separately. */
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

// ESLint finds mistakes; Prettier (prettier.config.mjs) owns the layout, so eslint-config-prettier comes
// last and switches off every rule that would argue with it. `npm run lint` runs both.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The Node globals the few plain-JavaScript files use (the `globals` package is not a dependency).
const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'structuredClone',
  ].map((name) => [name, 'readonly']),
);
const COMMONJS_GLOBALS = Object.fromEntries(['require', 'module', 'exports', '__dirname', '__filename'].map((name) => [name, 'readonly']));

export default defineConfig(
  // Built, installed, third-party and generated files.
  globalIgnores(['dist/', 'node_modules/', 'coverage/', 'vendor/', '.tmp/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' },
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Dead code: an unused variable, import or parameter is an error; a leading underscore marks a
      // parameter that a callback signature forces on us (`(_req, res) => ...`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'all',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // The tree marks type-only imports (`import type`, inline `type`); keeping that consistent shows at
      // a glance which imports are values at run time.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // More dead code: branches whose condition the types already decide, a bare `return;` at the end,
      // and blocks that scope nothing.
      '@typescript-eslint/no-unnecessary-condition': 'error',
      'no-useless-return': 'error',
      'no-lone-blocks': 'error',
      // Off: injected async dependencies (sleep, close, a stub client's request) are written as
      // `async () => undefined` so that they satisfy a Promise-returning signature; the rule asks for an
      // `await` they do not need. Promises that are really dropped are caught by no-floating-promises
      // and no-misused-promises, which stay on.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...NODE_GLOBALS, ...COMMONJS_GLOBALS } },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: NODE_GLOBALS },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  prettier,
);

// Prettier owns the layout of the code (TypeScript and the few JavaScript/JSON files); ESLint only
// looks for mistakes. The options are the ones the tree already follows, so the one-time reformat
// changes as little as possible; printWidth 140 is the project's line-length rule for new code
// (measured against 120 and 160 in the README's Development section).
/** @type {import('prettier').Config} */
export default {
  printWidth: 140,
  singleQuote: true,
  semi: true,
  trailingComma: 'all',
  arrowParens: 'always',
};

/** Replaced at build time (scripts/build.mjs and the Jest transform) with package.json's version. */
declare const PACK_VERSION: string;

/** The manifest's commands, embedded at build time (scripts/catalog/command-catalog.cjs). */
declare module 'pack:command-catalog' {
  // An ambient module cannot import by relative path, so the type is referenced inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const COMMAND_CATALOG: readonly import('./runtime/command-catalog').CatalogCommand[];
}

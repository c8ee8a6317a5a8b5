/** Replaced at build time (scripts/build.mjs and the Jest transform) with package.json's version. */
declare const PACK_VERSION: string;

// Jest's stand-in for the build-time module `pack:command-catalog` (see command-catalog.cjs).
const { readCatalog } = require('./command-catalog.cjs');

module.exports = { COMMAND_CATALOG: readCatalog() };

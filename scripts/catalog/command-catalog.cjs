// The command line's view of the manifest (Integrations/Absolute/Absolute.yml): every command with
// its one-line description, whether it acts on the tenant (`execution: true`), its arguments and
// its context outputs. scripts/build.mjs embeds it in dist/absolute.cjs as the module
// `pack:command-catalog`, so the command line never parses YAML at start-up; Jest maps the same
// module name to ./jest-command-catalog.cjs, which computes it from the manifest on disk.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parse } = require('yaml');

const MANIFEST = join(__dirname, '..', '..', 'Integrations', 'Absolute', 'Absolute.yml');

/** Commands the platform runs without their being listed in the manifest. */
const BUILT_IN = [
  {
    name: 'test-module',
    description: "Checks the URL, the token and its permissions, and the clock (the platform's Test button).",
    execution: false,
    arguments: [],
    outputs: [],
  },
  {
    name: 'fetch-events',
    description: 'Collects SIEM events once, as XSIAM does on its schedule (--json shows the events and the state for the next run).',
    execution: false,
    arguments: [],
    outputs: [],
  },
];

/** The description's first sentence: one line in the list of commands. */
function firstLine(text) {
  const line = String(text ?? '')
    .split('\n')[0]
    .trim();
  const end = line.search(/\.(\s|$)/);
  return end >= 0 ? line.slice(0, end + 1) : line;
}

function catalogFrom(manifest) {
  const commands = (manifest.script?.commands ?? []).map((command) => ({
    name: command.name,
    description: String(command.description ?? '').trim(),
    summary: firstLine(command.description),
    execution: command.execution === true,
    arguments: (command.arguments ?? []).map((a) => ({
      name: a.name,
      description: String(a.description ?? '').trim(),
      required: a.required === true,
      isArray: a.isArray === true,
      secret: a.secret === true,
      hidden: a.hidden === true,
      ...(a.defaultValue !== undefined ? { defaultValue: String(a.defaultValue) } : {}),
      ...(Array.isArray(a.predefined) ? { predefined: a.predefined.map(String) } : {}),
    })),
    outputs: (command.outputs ?? []).map((o) => ({
      contextPath: o.contextPath,
      type: o.type ?? '',
      description: String(o.description ?? '').trim(),
    })),
  }));
  return [...BUILT_IN.map((c) => ({ ...c, summary: c.description })), ...commands];
}

function readCatalog(manifestPath = MANIFEST) {
  return catalogFrom(parse(readFileSync(manifestPath, 'utf8')));
}

module.exports = { readCatalog, catalogFrom, MANIFEST };

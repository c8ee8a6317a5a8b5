/**
 * How the platform's unifier (demisto-sdk prepare-content) embeds Python code: it blanks the
 * imports that only exist in development, because on the server CommonServerPython is prepended
 * to the script and `demisto` is injected, and it brackets the code with register_module_line
 * calls so CommonServerPython can map traceback lines back to this module.
 */
const DEVELOPMENT_IMPORTS: readonly RegExp[] = [
  /import demistomock as demisto[ \t]*(#.*)?/g,
  /from CommonServerPython import \*[ \t]*(#.*)?/g,
  /from CommonServerUserPython import \*[ \t]*(#.*)?/g,
  // The server's Python loop already imports print_function.
  /from __future__ import print_function[ \t]*(#.*)?/g,
];

/** The source with the development-only imports blanked; every other character is kept, lines included. */
export function cleanPythonCode(source: string): string {
  return DEVELOPMENT_IMPORTS.reduce((code, pattern) => code.replace(pattern, ''), source);
}

/** The code as it goes into `script.script` of the unified integration named `moduleName`. */
export function embedPythonCode(source: string, moduleName: string): string {
  if (!/^[\w .-]+$/.test(moduleName)) throw new Error(`cannot embed Python for integration name ${JSON.stringify(moduleName)}`);
  return [
    `register_module_line('${moduleName}', 'start', __line__())`,
    cleanPythonCode(source),
    `register_module_line('${moduleName}', 'end', __line__())`,
    '',
  ].join('\n');
}

/** The PACK_VERSION constant of the bridge source, if it has one. */
export function pythonPackVersion(source: string): string | undefined {
  return /^PACK_VERSION = '([^']+)'$/m.exec(source)?.[1];
}

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

/** A one-line Python string literal; only for plain text (image names, hashes), never for secrets or code. */
export function pythonString(value: string): string {
  if (!/^[\w ./:@+-]*$/.test(value)) throw new Error(`not a plain value for a Python string: ${JSON.stringify(value)}`);
  return `'${value}'`;
}

/** Base64 text as a triple-quoted literal of 76-character lines; base64.b64decode skips the line breaks. */
export function pythonBase64Block(base64: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new Error('not base64 text');
  return `'''\n${base64.match(/.{1,76}/g)?.join('\n') ?? ''}\n'''`;
}

/**
 * The source with each `NAME = ''` placeholder line set to the given Python literal. Each
 * placeholder must be there exactly once, so a renamed constant fails the build instead of
 * shipping an empty value.
 */
export function fillPythonConstants(source: string, literals: Readonly<Record<string, string>>): string {
  return Object.entries(literals).reduce((code, [name, literal]) => {
    const placeholder = new RegExp(`^${name} = ''$`, 'gm');
    const found = code.match(placeholder)?.length ?? 0;
    if (found !== 1) throw new Error(`the bridge must have exactly one line "${name} = ''" (found ${found})`);
    return code.replace(placeholder, () => `${name} = ${literal}`);
  }, source);
}

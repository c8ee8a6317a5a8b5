import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A YAML or JSON file of the pack, parsed; `data` is undefined when it could not be parsed. */
export interface DataFile {
  /** Pack-relative path with `/` separators. */
  file: string;
  text: string;
  data: unknown;
  parseError?: string;
}

/**
 * Parses YAML 1.2 (core schema), like demisto-sdk's ruamel loader: `yes`/`on` stay strings and
 * duplicate keys are an error rather than a silent overwrite.
 */
export function readYamlFile(absolute: string, file: string): DataFile {
  const text = readFileSync(absolute, 'utf8');
  try {
    return { file, text, data: parse(text, { version: '1.2', uniqueKeys: true, prettyErrors: true }) };
  } catch (error) {
    return { file, text, data: undefined, parseError: firstLine(error) };
  }
}

export function readJsonFile(absolute: string, file: string): DataFile {
  const text = readFileSync(absolute, 'utf8');
  try {
    return { file, text, data: JSON.parse(text) as unknown };
  } catch (error) {
    return { file, text, data: undefined, parseError: firstLine(error) };
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // yaml's pretty errors end the first line with ':' before a source excerpt we do not print.
  return (message.split('\n')[0] ?? message).replace(/:$/, '');
}

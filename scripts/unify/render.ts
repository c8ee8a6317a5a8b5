import { stringify } from 'yaml';
import type { YamlMap } from './unify';

/**
 * YAML text of the unified integration. Multi-line values (the code, the description) become
 * literal blocks, which keep every character and stay readable; nothing is folded, so the data
 * URI and long descriptions stay on one line each.
 */
export function renderUnified(unified: YamlMap): string {
  return stringify(unified, { lineWidth: 0, blockQuote: 'literal' });
}

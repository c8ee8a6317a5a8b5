import { UUID_PATTERN } from '../../../Integrations/Absolute/src/commands/shared';
import { allRoutes } from '../../../simulator/routes/all-routes';
import { Router } from '../../../simulator/routes/router';
import { parseAdvancedFilter, type FilterNode } from '../../../simulator/query/advanced-filter';
import type { SeenRequest } from './recording-proxy';

const ROUTER = new Router(allRoutes());
/** RFC 3986 unreserved characters and percent escapes: all a segment may hold once encoded. */
const ENCODED_SEGMENT = /^(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+$/;

/**
 * Problems with the path of one request: it must be one of the API's routes, segment by segment
 * encoded, unchanged by URL normalisation, and every id in it must have the documented UUID form.
 */
export function pathProblems(seen: SeenRequest): string[] {
  const problems: string[] = [];
  const { uri } = seen;
  if (!uri.startsWith('/v3/')) problems.push(`uri ${JSON.stringify(uri)} is outside /v3/`);
  // eslint-disable-next-line no-control-regex -- a raw control character in the URI is exactly what this check looks for
  if (/[?#\s\u0000-\u001f]/.test(uri)) problems.push(`uri ${JSON.stringify(uri)} holds a raw ?, #, space or control character`);
  const segments = uri.split('/').slice(1);
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') problems.push(`uri ${JSON.stringify(uri)} has an empty, . or .. segment`);
    else if (!ENCODED_SEGMENT.test(segment)) problems.push(`uri segment ${JSON.stringify(segment)} is not percent-encoded`);
  }
  if (new URL(uri, 'http://absolute.invalid').pathname !== uri) problems.push(`uri ${JSON.stringify(uri)} changes under URL normalisation`);
  const match = ROUTER.match(seen.method as Parameters<Router['match']>[0], uri);
  if (match.kind !== 'found') problems.push(`${seen.method} ${uri} is not an API route (${match.kind})`);
  else {
    for (const [name, value] of Object.entries(match.params)) {
      if (!UUID_PATTERN.test(value)) problems.push(`path parameter ${name}=${JSON.stringify(value)} is not a UUID`);
    }
  }
  return problems;
}

/** The literal values of every `field eq value` condition in a filter tree. */
export function filterValues(node: FilterNode): string[] {
  return node.kind === 'condition' ? [node.value] : [...filterValues(node.left), ...filterValues(node.right)];
}

/**
 * Problems with a filter the integration built from structured arguments: it must parse with the
 * API's grammar, and each literal must be exactly one value the analyst gave (or an id the
 * integration looked up), so no value can break out of its quotes and add a condition.
 */
export function filterProblems(seen: SeenRequest, allowed: ReadonlySet<string>): string[] {
  const filter = new URLSearchParams(seen.query).get('filter');
  if (filter === null) return [];
  let tree: FilterNode;
  try {
    tree = parseAdvancedFilter(filter);
  } catch {
    return [`filter ${JSON.stringify(filter)} does not parse`];
  }
  return filterValues(tree)
    .filter((v) => !allowed.has(v) && !allowed.has(v.toLowerCase()) && !UUID_PATTERN.test(v))
    .map((v) => `filter literal ${JSON.stringify(v)} is not a value that was given`);
}

/** Writes are what must never happen after a rejected argument (get-actions POSTs only read). */
export function isWrite(seen: SeenRequest): boolean {
  return seen.method !== 'GET' && !/\/get-actions(\/|$)/.test(seen.uri);
}

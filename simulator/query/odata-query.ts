import type { RouteContext } from '../routes/route-types';
import { invalidRequest } from '../server/api-error';
import { allOf, type Predicate } from './condition';
import { compileODataFilter, type ODataResource } from './odata-compile';
import { parseODataFilter } from './odata-filter';

/** The OData query options a reporting route takes besides its documented parameters. */
export const ODATA_PARAMS: readonly string[] = ['$filter', '$select'];

export interface ODataOptions<T> {
  /** Undefined when no `$filter` was sent (or only empty ones). */
  matches: Predicate<T> | undefined;
  /** Paths as `parseSelect` gives them; undefined when no `$select` was sent. */
  select: string[][] | undefined;
}

/**
 * Reads `$filter` and `$select`: undocumented on v3, but the real reporting endpoints take them
 * (the official XSOAR pack sends them on every device and application query, `$filter=` even when
 * empty). Neither is documented for any v3 operation, so the pipeline's documented-query check
 * counts them, or refuses them in strict mode (server/documented-query.ts).
 */
export function readODataOptions<T>(ctx: RouteContext, resource: ODataResource<T>, view: (item: T) => object): ODataOptions<T> {
  const { query, leniency } = ctx;
  const filters = query.getAll('$filter').filter((text) => text.trim() !== '');
  const matches =
    filters.length > 0 ? allOf(filters.map((text) => compileODataFilter(parseODataFilter(text), resource, leniency, view))) : undefined;
  const select = query.has('$select') ? parseODataSelect(query.getAll('$select'), resource, ctx) : undefined;
  return { matches, select };
}

/**
 * Lenient where the documented `select` is strict: a name the resource lacks (v2's `serial`) is
 * ignored and counted, and selecting a parent and its child keeps the parent. The record key is
 * always returned.
 */
function parseODataSelect<T>(raw: readonly string[], resource: ODataResource<T>, ctx: RouteContext): string[][] {
  const names = [
    ...new Set(
      raw
        .flatMap((value) => value.split(','))
        .map((name) => name.trim())
        .filter((name) => name !== ''),
    ),
  ];
  const kept: string[] = [];
  for (const name of names) {
    const segments = name.split('.');
    if (segments.some((segment) => segment === '')) throw invalidRequest('$select', `invalid field ${name} in $select`, 'INVALID_VALUE');
    if (resource.isField(segments[0] ?? '')) kept.push(name);
    else
      ctx.leniency.accept('odataSelectIgnoredField', name, () =>
        invalidRequest('$select', `unknown field ${name} in $select`, 'INVALID_VALUE'),
      );
  }
  if (resource.key !== undefined && !kept.includes(resource.key)) kept.unshift(resource.key);
  const withoutChildren = kept.filter((name) => !kept.some((other) => name.startsWith(`${other}.`)));
  return withoutChildren.map((name) => name.split('.'));
}

/** Documented `select` and `$select` together select the union. */
export function mergeSelections(first: string[][] | undefined, second: string[][] | undefined): string[][] | undefined {
  if (!first) return second;
  if (!second) return first;
  return [...first, ...second];
}

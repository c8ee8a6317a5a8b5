import { invalidRequest } from '../server/api-error';
import type { QueryParams } from '../server/query-params';
import { allOf, conditionFor, type Predicate } from './condition';
import type { FilterParam } from './filter-fields';

/**
 * Turns the simple filter parameters of a query into one predicate (all conditions AND-ed).
 * Parameters that are neither filters nor in `reserved` are rejected, so a misspelt filter fails
 * loudly instead of returning the whole fleet.
 */
export function simpleFilterPredicate<T>(
  query: QueryParams,
  filters: ReadonlyMap<string, FilterParam<T>>,
  reserved: readonly string[],
): Predicate<T> {
  const predicates: Predicate<T>[] = [];
  for (const name of query.names()) {
    if (reserved.includes(name)) continue;
    const param = filters.get(name);
    if (!param) throw invalidRequest(name, `unknown query parameter ${name}`);
    predicates.push(conditionFor(name, param, query.getAll(name)));
  }
  return allOf(predicates);
}

/** Exact-match values of one parameter, for index fast paths (e.g. `deviceUid=...`). */
export function exactValues(query: QueryParams, name: string): readonly string[] | undefined {
  const values = query.getAll(name);
  return values.length > 0 ? values : undefined;
}

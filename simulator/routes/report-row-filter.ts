import { compileFilter, parseAdvancedFilter } from '../query/advanced-filter';
import type { Predicate } from '../query/condition';
import type { FilterParam } from '../query/filter-fields';
import { ODATA_PARAMS } from '../query/odata-query';
import { simpleFilterPredicate } from '../query/simple-filters';
import { documentedFilterFields } from '../server/documented-query';
import { allowOnlyParams } from './body';
import type { RouteContext } from './route-types';

const PAGING_PARAMS = ['sortBy', 'select', 'nextPage', 'pageSize'];

/**
 * Which rows a reporting list keeps: the `-advanced` variant takes one `filter` expression, the plain
 * one a query parameter per field. Both also take sorting, selection, paging and the OData options.
 */
export function reportRowFilter<T>(ctx: RouteContext, filters: ReadonlyMap<string, FilterParam<T>>, advanced: boolean): Predicate<T> {
  const { query } = ctx;
  if (!advanced) return simpleFilterPredicate(query, filters, [...PAGING_PARAMS, ...ODATA_PARAMS]);
  allowOnlyParams(query, [...PAGING_PARAMS, ...ODATA_PARAMS, 'filter']);
  const filter = query.get('filter');
  if (filter === undefined || filter.trim() === '') return () => true;
  return compileFilter(parseAdvancedFilter(filter), filters, documentedFilterFields(ctx.routeKey));
}

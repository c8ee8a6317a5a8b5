import DOCUMENTED_QUERY from '../openapi/documented-query.json';
import { invalidRequest } from './api-error';
import type { RequestLeniency, UndocumentedKind } from './leniency';
import type { QueryParams } from './query-params';

/**
 * Each served operation's documented query parameters, and the fields its `filter=` description
 * lists, extracted from the official OpenAPI by scripts/vendor-openapi.mjs. The routes accept more
 * (every suffix that suits a field's type, OData); this list is what strict mode holds them to.
 */
interface DocumentedOperation {
  params: ReadonlySet<string>;
  filterFields: ReadonlySet<string> | undefined;
}

const OPERATIONS: ReadonlyMap<string, DocumentedOperation> = new Map(
  Object.entries(DOCUMENTED_QUERY as Record<string, { params: string[]; filterFields?: string[] }>).map(([route, entry]) => [
    route,
    { params: new Set(entry.params), filterFields: entry.filterFields ? new Set(entry.filterFields) : undefined },
  ]),
);

/**
 * Notes every query parameter `routeKey` does not document (strict: refuses the first with the
 * unknown-parameter 400). An operation missing from the list is left to its route's own checks.
 */
export function checkDocumentedQuery(routeKey: string, query: QueryParams, leniency: RequestLeniency): void {
  const operation = OPERATIONS.get(routeKey);
  if (!operation) return;
  for (const name of query.names()) {
    if (!operation.params.has(name)) leniency.accept(kindOf(name), name, () => invalidRequest(name, `unknown query parameter ${name}`));
  }
}

/** The field names `filter=` documents for `routeKey`, when it takes one. */
export function documentedFilterFields(routeKey: string): ReadonlySet<string> | undefined {
  return OPERATIONS.get(routeKey)?.filterFields;
}

export function isDocumentedOperation(routeKey: string): boolean {
  return OPERATIONS.has(routeKey);
}

function kindOf(name: string): UndocumentedKind {
  if (name === '$filter') return 'odataFilter';
  if (name === '$select') return 'odataSelect';
  return 'undocumentedParameter';
}

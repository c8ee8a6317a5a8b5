/** How a filterable field behaves; decides which suffixes it accepts. */
export type FieldKind = 'string' | 'date' | 'boolean';

export type FilterOp =
  | 'eq'
  | 'Empty'
  | 'Not'
  | 'StartsWith'
  | 'NotStartsWith'
  | 'Contains'
  | 'NotContains'
  | 'EndsWith'
  | 'NotEndsWith'
  | 'From'
  | 'FromInclusive'
  | 'To'
  | 'ToInclusive';

export interface FilterField<T> {
  /** The query-parameter stem, e.g. `operatingSystemName`. */
  name: string;
  kind: FieldKind;
  get(item: T): string | boolean | undefined;
}

const OPS_BY_KIND: Record<FieldKind, readonly FilterOp[]> = {
  string: ['eq', 'Empty', 'Not', 'StartsWith', 'NotStartsWith', 'Contains', 'NotContains', 'EndsWith', 'NotEndsWith'],
  date: ['From', 'FromInclusive', 'To', 'ToInclusive', 'Empty'],
  boolean: ['eq'],
};

export interface FilterParam<T> {
  field: FilterField<T>;
  op: FilterOp;
}

/**
 * Every `<field><Suffix>` parameter name a resource accepts. The real API enables a hand-picked
 * subset of suffixes per field; the simulator accepts every suffix that makes sense for the field's
 * type (a superset), so clients are never refused a documented combination.
 */
export function buildFilterParams<T>(fields: readonly FilterField<T>[]): ReadonlyMap<string, FilterParam<T>> {
  const params = new Map<string, FilterParam<T>>();
  for (const field of fields) {
    for (const op of OPS_BY_KIND[field.kind]) params.set(op === 'eq' ? field.name : `${field.name}${op}`, { field, op });
  }
  return params;
}

/**
 * Builds the `filter` expression of Absolute's `*-advanced` endpoints: `field eq 'value'` terms
 * joined with `and`/`or` and grouped with parentheses. A quote inside a value is doubled, the
 * OData way, so a value can never end its literal early.
 */
export type FilterLiteral = string | number | boolean;

export function literal(value: FilterLiteral): string {
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

/** `field eq v1 or field eq v2` (parenthesised when there are several); undefined for no values. */
export function anyOf(field: string, values: readonly FilterLiteral[] | undefined): string | undefined {
  if (!values || values.length === 0) return undefined;
  const terms = values.map((v) => `${field} eq ${literal(v)}`);
  return terms.length === 1 ? terms[0] : `(${terms.join(' or ')})`;
}

export function equals(field: string, value: FilterLiteral | undefined): string | undefined {
  return value === undefined ? undefined : `${field} eq ${literal(value)}`;
}

/** Joins clauses with `and`; a user-written expression is parenthesised so its `or` cannot leak. */
export function allOf(clauses: ReadonlyArray<string | undefined>): string | undefined {
  const present = clauses.filter((c): c is string => c !== undefined && c.trim() !== '');
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return present.map((c) => (isWrapped(c) ? c : `(${c})`)).join(' and ');
}

/**
 * True when the whole clause sits inside one pair of parentheses. `(a) or (b)` starts and ends
 * with a parenthesis but is not wrapped; parentheses inside quoted literals do not count.
 */
function isWrapped(clause: string): boolean {
  const c = clause.trim();
  if (!c.startsWith('(') || !c.endsWith(')')) return false;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < c.length; i++) {
    const ch = c[i];
    if (ch === "'") quoted = !quoted; // a doubled quote toggles twice, so it stays inside the literal
    if (quoted) continue;
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth === 0 && i < c.length - 1) return false;
  }
  return depth === 0;
}

/** Splits a list into chunks so each request's filter stays a reasonable size. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

import { ApiError, invalidFilter } from '../server/api-error';
import { currentLeniency } from '../server/leniency';
import { conditionFor, type Predicate } from './condition';
import { tokenizeFilter, type FilterToken } from './filter-tokens';
import type { FilterParam } from './filter-fields';

/**
 * The `filter=` grammar of the `*-advanced` endpoints (OData-like, absolute-api.md §3.1):
 *
 *   expr    := term ('or' term)*
 *   term    := factor ('and' factor)*
 *   factor  := '(' expr ')' | field 'eq' literal
 *   literal := 'single-quoted' (a quote inside is written '') | true | false | number
 *
 * `field` is any simple filter name including its suffix (`esnStartsWith eq '1A2B'`). Anything
 * else is a 400 with the real API's unhelpful message.
 */
export type FilterNode = { kind: 'condition'; field: string; value: string } | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode };

export function parseAdvancedFilter(source: string): FilterNode {
  const tokens = tokenizeFilter(source);
  let position = 0;
  const peek = (): FilterToken | undefined => tokens[position];
  const next = (): FilterToken => {
    const token = tokens[position++];
    if (!token) throw invalidFilter();
    return token;
  };
  const isKeyword = (token: FilterToken | undefined, keyword: string) => token?.type === 'word' && token.text.toLowerCase() === keyword;

  const expression = (): FilterNode => {
    let left = term();
    while (isKeyword(peek(), 'or')) {
      position++;
      left = { kind: 'or', left, right: term() };
    }
    return left;
  };
  const term = (): FilterNode => {
    let left = factor();
    while (isKeyword(peek(), 'and')) {
      position++;
      left = { kind: 'and', left, right: factor() };
    }
    return left;
  };
  const factor = (): FilterNode => {
    const token = next();
    if (token.type === 'lparen') {
      const inner = expression();
      if (next().type !== 'rparen') throw invalidFilter();
      return inner;
    }
    if (token.type !== 'word' || ['and', 'or', 'eq', 'true', 'false'].includes(token.text.toLowerCase())) throw invalidFilter();
    if (!isKeyword(next(), 'eq')) throw invalidFilter();
    const literal = next();
    if (literal.type === 'string' || literal.type === 'number') return { kind: 'condition', field: token.text, value: literal.text };
    if (isKeyword(literal, 'true') || isKeyword(literal, 'false'))
      return { kind: 'condition', field: token.text, value: literal.text.toLowerCase() };
    throw invalidFilter();
  };

  const tree = expression();
  if (position !== tokens.length) throw invalidFilter();
  return tree;
}

/**
 * Compiles a parsed filter against a resource's filter parameters; unknown fields are a 400 too.
 * A field the simulator knows but the endpoint does not document (`documented`) is undocumented input.
 */
export function compileFilter<T>(
  node: FilterNode,
  filters: ReadonlyMap<string, FilterParam<T>>,
  documented?: ReadonlySet<string>,
): Predicate<T> {
  if (node.kind === 'condition') {
    const param = filters.get(node.field);
    if (!param) throw invalidFilter();
    if (documented && !documented.has(node.field)) currentLeniency().accept('undocumentedFilterField', node.field, () => invalidFilter());
    try {
      return conditionFor(node.field, param, [node.value]);
    } catch (error) {
      // A bad literal (e.g. a non-date for a date field) gets the same generic answer as bad syntax.
      if (error instanceof ApiError) throw invalidFilter();
      throw error;
    }
  }
  const left = compileFilter(node.left, filters, documented);
  const right = compileFilter(node.right, filters, documented);
  return node.kind === 'and' ? (item) => left(item) && right(item) : (item) => left(item) || right(item);
}

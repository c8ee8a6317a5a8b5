import { invalidFilter } from '../server/api-error';
import { tokenizeFilter, type FilterToken } from './filter-tokens';

/**
 * The OData v2 `$filter` subset clients of the v2 API still send to v3 reporting endpoints (the
 * official XSOAR pack does):
 *
 *   expr     := andExpr ('or' andExpr)*
 *   andExpr  := unary ('and' unary)*
 *   unary    := 'not' unary | '(' expr ')' | call [('eq' | 'ne') boolean] | path op literal
 *   call     := 'substringof' '(' string ',' path ')' | ('startswith' | 'endswith') '(' path ',' string ')'
 *   op       := 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'
 *   literal  := 'text' (a quote inside is written '') | datetime'…' | number | true | false | null
 *
 * Keywords ignore case. `path` is a field, dotted for nested members (`operatingSystem.name`).
 */
export type ComparisonOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export type TextFunction = 'substringof' | 'startswith' | 'endswith';

export type ODataLiteral =
  | { type: 'string'; text: string }
  | { type: 'datetime'; text: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' };

export type ODataNode =
  | { kind: 'compare'; path: string; op: ComparisonOp; literal: ODataLiteral }
  | { kind: 'text'; fn: TextFunction; path: string; needle: string }
  | { kind: 'not'; operand: ODataNode }
  | { kind: 'and' | 'or'; left: ODataNode; right: ODataNode };

const COMPARISONS: readonly ComparisonOp[] = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'];
const KEYWORDS = new Set(['and', 'or', 'not', 'true', 'false', 'null', ...COMPARISONS]);

export function parseODataFilter(source: string): ODataNode {
  const tokens = tokenizeFilter(source, '$filter');
  let position = 0;
  const peek = (offset = 0): FilterToken | undefined => tokens[position + offset];
  const next = (): FilterToken => {
    const token = tokens[position++];
    if (!token) throw invalidFilter('$filter');
    return token;
  };
  const expect = (type: FilterToken['type']): FilterToken => {
    const token = next();
    if (token.type !== type) throw invalidFilter('$filter');
    return token;
  };
  const keyword = (token: FilterToken | undefined): string | undefined => (token?.type === 'word' ? token.text.toLowerCase() : undefined);
  const path = (): string => {
    const token = expect('word');
    if (KEYWORDS.has(token.text.toLowerCase()) || token.text.endsWith('.') || token.text.includes('..')) throw invalidFilter('$filter');
    return token.text;
  };

  const expression = (): ODataNode => {
    let left = conjunction();
    while (keyword(peek()) === 'or') {
      position++;
      left = { kind: 'or', left, right: conjunction() };
    }
    return left;
  };
  const conjunction = (): ODataNode => {
    let left = unary();
    while (keyword(peek()) === 'and') {
      position++;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  };
  const unary = (): ODataNode => {
    if (keyword(peek()) === 'not') {
      position++;
      return { kind: 'not', operand: unary() };
    }
    if (peek()?.type === 'lparen') {
      position++;
      const inner = expression();
      expect('rparen');
      return inner;
    }
    const fn = keyword(peek());
    if ((fn === 'substringof' || fn === 'startswith' || fn === 'endswith') && peek(1)?.type === 'lparen') {
      position += 2;
      return withBooleanComparison(textCall(fn));
    }
    const field = path();
    const op = keyword(next());
    if (!op || !COMPARISONS.includes(op as ComparisonOp)) throw invalidFilter('$filter');
    return { kind: 'compare', path: field, op: op as ComparisonOp, literal: literal() };
  };
  const textCall = (fn: TextFunction): ODataNode => {
    let needle: string;
    let field: string;
    if (fn === 'substringof') {
      needle = expect('string').text;
      expect('comma');
      field = path();
    } else {
      field = path();
      expect('comma');
      needle = expect('string').text;
    }
    expect('rparen');
    return { kind: 'text', fn, path: field, needle };
  };
  /** `substringof('x', esn) eq true` is the v2 documentation's spelling of the bare call. */
  const withBooleanComparison = (call: ODataNode): ODataNode => {
    const op = keyword(peek());
    if (op !== 'eq' && op !== 'ne') return call;
    position++;
    const value = keyword(next());
    if (value !== 'true' && value !== 'false') throw invalidFilter('$filter');
    return (value === 'true') === (op === 'eq') ? call : { kind: 'not', operand: call };
  };
  const literal = (): ODataLiteral => {
    const token = next();
    if (token.type === 'string') return { type: 'string', text: token.text };
    if (token.type === 'number') return { type: 'number', value: Number(token.text) };
    const word = keyword(token);
    if (word === 'true' || word === 'false') return { type: 'boolean', value: word === 'true' };
    if (word === 'null') return { type: 'null' };
    if (word === 'datetime' && peek()?.type === 'string') return { type: 'datetime', text: next().text };
    throw invalidFilter('$filter');
  };

  const tree = expression();
  if (position !== tokens.length) throw invalidFilter('$filter');
  return tree;
}

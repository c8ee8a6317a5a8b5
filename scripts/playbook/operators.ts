/**
 * Built-in condition operators. When the left side is a list, comparison operators hold if ANY item
 * satisfies them (how the platform treats context lists); the `not...`/`isNot...` forms are the exact
 * negation of their positive form. Emptiness and existence look at the whole value.
 */
import { scalarText } from './scalar-text';

export type Operator = (left: unknown, right: unknown, ignoreCase: boolean) => boolean;

const isEmptyValue = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);

const items = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

const text = (v: unknown, ignoreCase: boolean): string => {
  const s = v === null || v === undefined ? '' : scalarText(v);
  return ignoreCase ? s.toLowerCase() : s;
};

const anyItem = (left: unknown, test: (item: unknown) => boolean): boolean => items(left).some(test);

/** Right-hand lists: a context list, or comma-separated text. */
const rightList = (right: unknown): unknown[] =>
  Array.isArray(right) ? right : typeof right === 'string' ? right.split(',').map((s) => s.trim()) : items(right);

const equalsString: Operator = (l, r, ic) => anyItem(l, (x) => items(r).some((y) => text(x, ic) === text(y, ic)));
const containsString: Operator = (l, r, ic) => anyItem(l, (x) => items(r).some((y) => text(x, ic).includes(text(y, ic))));
/** Lists: membership; text: substring. */
const containsGeneral: Operator = (l, r, ic) =>
  Array.isArray(l) ? l.some((x) => items(r).some((y) => text(x, ic) === text(y, ic))) : containsString(l, r, ic);
const inList: Operator = (l, r, ic) => anyItem(l, (x) => rightList(r).some((y) => text(x, ic) === text(y, ic)));
const bool = (wanted: boolean) => (l: unknown) => anyItem(l, (x) => x === wanted || String(x).toLowerCase() === String(wanted));
const numeric =
  (test: (a: number, b: number) => boolean): Operator =>
  (l, r) => {
    const b = Number(items(r)[0]);
    return anyItem(
      l,
      (x) => x !== '' && x !== null && typeof x !== 'boolean' && !Number.isNaN(Number(x)) && !Number.isNaN(b) && test(Number(x), b),
    );
  };
const not =
  (op: Operator): Operator =>
  (l, r, ic) =>
    !op(l, r, ic);

export const OPERATORS: Readonly<Record<string, Operator>> = {
  isNotEmpty: (l) => !isEmptyValue(l),
  isEmpty: (l) => isEmptyValue(l),
  isExists: (l) => l !== undefined && l !== null,
  isNotExists: (l) => l === undefined || l === null,
  isEqualString: equalsString,
  isNotEqualString: not(equalsString),
  containsString,
  notContainsString: not(containsString),
  containsGeneral,
  notContainsGeneral: not(containsGeneral),
  inList,
  notInList: not(inList),
  startWith: (l, r, ic) => anyItem(l, (x) => text(x, ic).startsWith(text(items(r)[0], ic))),
  endWith: (l, r, ic) => anyItem(l, (x) => text(x, ic).endsWith(text(items(r)[0], ic))),
  isTrue: bool(true),
  isFalse: bool(false),
  greaterThan: numeric((a, b) => a > b),
  greaterThanOrEqual: numeric((a, b) => a >= b),
  lessThan: numeric((a, b) => a < b),
  lessThanOrEqual: numeric((a, b) => a <= b),
  isEqualNumber: numeric((a, b) => a === b),
  isNotEqualNumber: not(numeric((a, b) => a === b)),
};

export const OPERATOR_NAMES = Object.keys(OPERATORS);

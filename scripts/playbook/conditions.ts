import { PlaybookError } from './errors';
import { OPERATORS } from './operators';
import type { ConditionClause, OperandSpec } from './playbook-schema';

export type OperandResolver = (operand: OperandSpec | null | undefined) => unknown;

/** Platform condition groups: the outer list is AND, each inner list is OR. */
export function evaluateClauses(groups: readonly (readonly ConditionClause[])[], resolve: OperandResolver): boolean {
  return groups.every((alternatives) => alternatives.some((clause) => evaluateClause(clause, resolve)));
}

export function evaluateClause(clause: ConditionClause, resolve: OperandResolver): boolean {
  const operator = OPERATORS[clause.operator];
  if (!operator) throw new PlaybookError(`condition operator "${clause.operator}" is not supported by the local runner`);
  return operator(resolve(clause.left), resolve(clause.right), clause.ignorecase === true);
}

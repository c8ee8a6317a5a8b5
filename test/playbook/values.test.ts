import { evaluateClauses } from '../../scripts/playbook/conditions';
import { ContextStore } from '../../scripts/playbook/context-store';
import { OPERATORS } from '../../scripts/playbook/operators';
import type { ConditionClause } from '../../scripts/playbook/playbook-schema';
import { resolveOperand, resolveValue, type Scope } from '../../scripts/playbook/values';

function scope(): Scope {
  const context = new ContextStore();
  context.set(
    'Absolute.Device',
    [
      { Id: 'a', SystemName: 'LAPTOP-7', AgentStatus: 'A', IsStolen: false },
      { Id: 'b', SystemName: 'DESK-1', AgentStatus: 'I', IsStolen: false },
      { Id: 'c', SystemName: 'TAB-3', AgentStatus: 'A', IsStolen: true },
    ],
    false,
  );
  return { context, inputs: { DeviceName: 'LAPTOP-7', Names: ['x', 'y'] } };
}

describe('argument values', () => {
  test('a lone ${path} keeps the value type; text around it stringifies', () => {
    const s = scope();
    expect(resolveValue(s, { simple: '${Absolute.Device.Id}' })).toEqual(['a', 'b', 'c']);
    expect(resolveValue(s, { simple: 'ids: ${Absolute.Device.Id}' })).toBe('ids: a,b,c');
    expect(resolveValue(s, { simple: '${inputs.DeviceName}' })).toBe('LAPTOP-7');
    expect(resolveValue(s, { simple: 'for ${inputs.DeviceName} (${inputs.Missing})' })).toBe('for LAPTOP-7 ()');
    expect(resolveValue(s, { simple: 5 })).toBe('5');
    expect(resolveValue(s, {})).toBeUndefined();
  });

  test('complex values: root + accessor, filters over the root items, transformers', () => {
    const s = scope();
    expect(resolveValue(s, { complex: { root: 'Absolute', accessor: 'Device.SystemName' } })).toEqual(['LAPTOP-7', 'DESK-1', 'TAB-3']);
    const eligible = {
      root: 'Absolute.Device',
      accessor: 'Id',
      filters: [
        [
          {
            operator: 'isEqualString',
            left: { value: { simple: 'Absolute.Device.AgentStatus' }, iscontext: true },
            right: { value: { simple: 'A' } },
          },
        ],
        [{ operator: 'isFalse', left: { value: { simple: 'Absolute.Device.IsStolen' }, iscontext: true } }],
      ],
    };
    expect(resolveValue(s, { complex: eligible })).toBe('a');
    expect(
      resolveValue(s, {
        complex: { root: 'inputs.Names', transformers: [{ operator: 'join', args: { separator: { value: { simple: ';' } } } }] },
      }),
    ).toBe('x;y');
    expect(
      resolveValue(s, { complex: { root: 'Absolute.Device', accessor: 'Id', transformers: [{ operator: 'FirstArrayElement' }] } }),
    ).toBe('a');
    expect(resolveValue(s, { complex: { root: 'Absolute.Device', transformers: [{ operator: 'count' }] } })).toBe(3);
  });

  test('an unsupported transformer is an error naming it', () => {
    expect(() => resolveValue(scope(), { complex: { root: 'Absolute.Device', transformers: [{ operator: 'If-Then-Else' }] } })).toThrow(
      /transformer "If-Then-Else" is not supported/,
    );
  });
});

describe('conditions', () => {
  const c = (operator: string, left: string, right?: string, ignorecase = false): ConditionClause => ({
    operator,
    left: { value: { simple: left }, iscontext: true },
    right: right === undefined ? undefined : { value: { simple: right } },
    ignorecase,
  });
  const holds = (clause: ConditionClause) => {
    const s = scope();
    return evaluateClauses([[clause]], (operand) => resolveOperand(s, operand));
  };

  test.each<[string, ConditionClause, boolean]>([
    ['isNotEmpty on a list', c('isNotEmpty', 'Absolute.Device.Id'), true],
    ['isNotEmpty on a missing path', c('isNotEmpty', 'Absolute.Nothing'), false],
    ['isEmpty on a missing path', c('isEmpty', 'Absolute.Nothing'), true],
    ['isExists on false', c('isExists', 'Absolute.Device.[0].IsStolen'), true],
    ['isNotExists', c('isNotExists', 'Absolute.Device.[0].Nope'), true],
    ['isEqualString any item', c('isEqualString', 'Absolute.Device.SystemName', 'DESK-1'), true],
    ['isEqualString is case-sensitive', c('isEqualString', 'Absolute.Device.SystemName', 'desk-1'), false],
    ['isEqualString ignorecase', c('isEqualString', 'Absolute.Device.SystemName', 'desk-1', true), true],
    ['isNotEqualString negates', c('isNotEqualString', 'Absolute.Device.[0].SystemName', 'LAPTOP-7'), false],
    ['containsString substring', c('containsString', 'Absolute.Device.SystemName', 'TOP'), true],
    ['containsGeneral list membership', c('containsGeneral', 'Absolute.Device.Id', 'b'), true],
    ['containsGeneral list is not substring', c('containsGeneral', 'Absolute.Device.Id', 'x'), false],
    ['containsGeneral text substring', c('containsGeneral', 'Absolute.Device.[0].SystemName', 'LAP'), true],
    ['inList comma text', c('inList', 'Absolute.Device.[1].AgentStatus', 'A, I'), true],
    ['inList miss', c('inList', 'Absolute.Device.[1].AgentStatus', 'A,D'), false],
    ['isTrue on a boolean', c('isTrue', 'Absolute.Device.[2].IsStolen'), true],
    ['isFalse on a boolean', c('isFalse', 'Absolute.Device.[2].IsStolen'), false],
    [
      'greaterThan counts',
      {
        ...c('greaterThan', 'Absolute.Device.Id'),
        left: { value: { complex: { root: 'Absolute.Device', transformers: [{ operator: 'count' }] } }, iscontext: true },
        right: { value: { simple: '2' } },
      },
      true,
    ],
    ['lessThan numbers', c('lessThan', 'inputs.Missing', '3'), false],
    ['isEqualNumber', { ...c('isEqualNumber', 'x'), left: { value: { simple: '4' } }, right: { value: { simple: '4.0' } } }, true],
  ])('%s', (_, clause, expected) => {
    expect(holds(clause)).toBe(expected);
  });

  test('outer list is AND, inner list is OR', () => {
    const s = scope();
    const resolve = (operand: Parameters<typeof resolveOperand>[1]) => resolveOperand(s, operand);
    const yes = c('isNotEmpty', 'Absolute.Device');
    const no = c('isEmpty', 'Absolute.Device');
    expect(evaluateClauses([[no, yes], [yes]], resolve)).toBe(true);
    expect(evaluateClauses([[no, yes], [no]], resolve)).toBe(false);
  });

  test('every operator the shipped playbooks may use exists', () => {
    for (const op of [
      'isNotEmpty',
      'isEmpty',
      'isExists',
      'isNotExists',
      'isEqualString',
      'isNotEqualString',
      'containsString',
      'containsGeneral',
      'inList',
      'isTrue',
      'isFalse',
      'greaterThan',
      'lessThan',
      'isEqualNumber',
    ]) {
      expect(OPERATORS[op]).toBeDefined();
    }
  });

  test('an unknown operator is an error', () => {
    expect(() => holds(c('matchRegex', 'Absolute.Device.Id', 'a'))).toThrow(/operator "matchRegex" is not supported/);
  });
});

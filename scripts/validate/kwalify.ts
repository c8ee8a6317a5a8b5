// A pykwalify-compatible validator for the subset of the language used by demisto-sdk's schemas.
// Semantics follow pykwalify 1.8 (what demisto-sdk runs) so ST110 results match the SDK's:
//   - a null scalar or sequence is accepted unless the rule is `required`; a null mapping is not;
//   - `include` replaces the rule entirely (sibling keywords such as `required` are ignored);
//   - an exact mapping key wins over `regex;` keys; unknown keys fail unless `allowempty`.
// Deliberate difference: `int` rejects booleans (Python accepts them because bool subclasses int).
import type { CompiledSchema, KwalifyRange, KwalifyRule, KwalifyType } from './kwalify-compile';
import { formatPath, type PathSegment } from './object-path';

export { compileSchema, KwalifySchemaError } from './kwalify-compile';
export type { CompiledSchema, KwalifyRule } from './kwalify-compile';

export interface KwalifyError {
  path: readonly PathSegment[];
  /** `path` rendered as `script.commands[3].arguments[0].name`. */
  where: string;
  message: string;
}

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a sequence';
  if (isPlainObject(value)) return 'a mapping';
  const shown = JSON.stringify(value);
  const short = shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
  if (typeof value === 'string') return `string ${short}`;
  if (typeof value === 'boolean') return `boolean ${short}`;
  if (typeof value === 'number') return `${Number.isInteger(value) ? 'integer' : 'number'} ${short}`;
  return typeof value;
}

function matchesType(type: KwalifyType, value: unknown): boolean {
  switch (type) {
    case 'str':
      return typeof value === 'string';
    case 'int':
      return typeof value === 'number' && Number.isInteger(value);
    case 'float':
    case 'number':
      // YAML `1.0` and `1` are the same JS number, so float cannot be told apart from int here.
      return typeof value === 'number';
    case 'bool':
      return typeof value === 'boolean';
    case 'text':
      return typeof value === 'string' || typeof value === 'number';
    case 'scalar':
      return value !== null && typeof value !== 'object';
    case 'any':
      return true;
    case 'none':
      return value === null || value === undefined;
    case 'date':
    case 'timestamp':
      return value instanceof Date || (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Date.parse(value)));
    case 'map':
      return isPlainObject(value);
    case 'seq':
      return Array.isArray(value);
  }
}

function rangeViolation(range: KwalifyRange, size: number): string | undefined {
  if (range.max !== undefined && size > range.max) return `greater than the maximum ${range.max}`;
  if (range.min !== undefined && size < range.min) return `less than the minimum ${range.min}`;
  if (range.maxEx !== undefined && size >= range.maxEx) return `not below the exclusive maximum ${range.maxEx}`;
  if (range.minEx !== undefined && size <= range.minEx) return `not above the exclusive minimum ${range.minEx}`;
  return undefined;
}

class Walker {
  readonly errors: KwalifyError[] = [];

  constructor(private readonly partials: CompiledSchema['partials']) {}

  private fail(path: readonly PathSegment[], message: string): void {
    this.errors.push({ path, where: formatPath(path), message });
  }

  private resolve(rule: KwalifyRule): KwalifyRule {
    let current = rule;
    // compileSchema guarantees every include name exists; the loop follows include chains.
    while (current.include !== undefined) current = this.partials.get(current.include) ?? current;
    return current;
  }

  validate(value: unknown, ruleOrInclude: KwalifyRule, path: readonly PathSegment[]): void {
    const rule = this.resolve(ruleOrInclude);
    if ((value === null || value === undefined) && rule.type !== 'none') {
      if (rule.required) return this.fail(path, 'a value is required here, found null');
      if (!rule.nullable) return this.fail(path, 'null is not allowed here');
    }
    if (rule.sequence !== undefined) return this.sequence(value, rule, rule.sequence, path);
    if (rule.mapping !== undefined || (rule.type === 'map' && rule.allowEmpty)) return this.mapping(value, rule, path);
    this.scalar(value, rule, path);
  }

  private sequence(value: unknown, rule: KwalifyRule, items: readonly KwalifyRule[], path: readonly PathSegment[]): void {
    if (value === null || value === undefined) return;
    if (!Array.isArray(value)) return this.fail(path, `expected a sequence, found ${describe(value)}`);
    value.forEach((item, index) => {
      const outcomes = items.map((itemRule) => {
        const sub = new Walker(this.partials);
        sub.validate(item, itemRule, [...path, index]);
        return sub.errors;
      });
      const passed = outcomes.map((errors) => errors.length === 0);
      const ok = rule.matching === '*' || (rule.matching === 'all' ? passed.every(Boolean) : passed.some(Boolean));
      if (!ok) outcomes.forEach((errors) => this.errors.push(...errors));
    });
    const violation = rule.range && rangeViolation(rule.range, value.length);
    if (violation) this.fail(path, `sequence length ${value.length} is ${violation}`);
  }

  private mapping(value: unknown, rule: KwalifyRule, path: readonly PathSegment[]): void {
    if (!isPlainObject(value)) return this.fail(path, `expected a mapping, found ${describe(value)}`);
    const violation = rule.range && rangeViolation(rule.range, Object.keys(value).length);
    if (violation) this.fail(path, `mapping size ${Object.keys(value).length} is ${violation}`);
    const mapping = rule.mapping;
    if (mapping === undefined) return;
    for (const [key, child] of mapping) {
      if (this.resolve(child).required && !(key in value)) this.fail([...path, key], 'required key is missing');
    }
    for (const { source, regex, rule: child } of rule.regexKeys) {
      if (this.resolve(child).required && !Object.keys(value).some((key) => regex.test(key))) {
        this.fail(path, `no key matches the required key pattern ${source}`);
      }
    }
    for (const [key, child] of Object.entries(value)) {
      const exact = mapping.get(key);
      if (exact !== undefined) {
        this.validate(child, exact, [...path, key]);
        continue;
      }
      const matched = rule.regexKeys.filter(({ regex }) => regex.test(key));
      if (matched.length === 0) {
        if (rule.allowEmpty) continue;
        const patterns = rule.regexKeys.map((k) => k.source).join(', ');
        this.fail([...path, key], patterns ? `key is not defined and does not match ${patterns}` : 'key is not defined in the schema');
        continue;
      }
      matched.forEach(({ rule: keyRule }) => this.validate(child, keyRule, [...path, key]));
      if (rule.matchingRule === 'all' && matched.length !== rule.regexKeys.length) {
        this.fail([...path, key], `key does not match every key pattern (${rule.regexKeys.map((k) => k.source).join(', ')})`);
      }
    }
  }

  private scalar(value: unknown, rule: KwalifyRule, path: readonly PathSegment[]): void {
    if (value === null || value === undefined) return;
    if (rule.enumValues !== undefined && !rule.enumValues.includes(value)) {
      this.fail(path, `${describe(value)} is not one of: ${rule.enumValues.map((v) => JSON.stringify(v)).join(', ')}`);
    }
    if (!matchesType(rule.type, value)) return this.fail(path, `expected ${rule.type}, found ${describe(value)}`);
    if (rule.pattern !== undefined && !rule.pattern.test(typeof value === 'string' ? value : JSON.stringify(value))) {
      this.fail(path, `${describe(value)} does not match the pattern ${rule.pattern.source}`);
    }
    if (rule.range !== undefined) {
      const size = typeof value === 'string' ? value.length : typeof value === 'number' ? value : undefined;
      const violation = size === undefined ? undefined : rangeViolation(rule.range, size);
      if (violation) this.fail(path, `${describe(value)} is ${violation}`);
    }
    if (rule.length !== undefined && typeof value === 'string') {
      const violation = rangeViolation(rule.length, value.length);
      if (violation) this.fail(path, `length ${value.length} is ${violation}`);
    }
  }
}

/** Validates parsed YAML/JSON data against a compiled schema; returns every violation, in document order. */
export function validateAgainstSchema(data: unknown, schema: CompiledSchema): KwalifyError[] {
  const walker = new Walker(schema.partials);
  walker.validate(data, schema.root, []);
  return walker.errors;
}

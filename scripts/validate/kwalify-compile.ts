// Turns a pykwalify schema document into a rule tree. Only the keywords demisto-sdk's schemas use
// (plus a few cheap neighbours) are accepted; anything else throws, so a schema update that needs
// more of pykwalify fails loudly instead of being half-checked.

export const SCALAR_TYPES = ['str', 'int', 'float', 'number', 'bool', 'text', 'any', 'scalar', 'date', 'timestamp', 'none'] as const;
export type KwalifyType = (typeof SCALAR_TYPES)[number] | 'map' | 'seq';

export interface KwalifyRange {
  min?: number;
  max?: number;
  minEx?: number;
  maxEx?: number;
}

export interface RegexKey {
  /** The key as written in the schema, e.g. `regex;(.+)`. */
  source: string;
  regex: RegExp;
  rule: KwalifyRule;
}

export interface KwalifyRule {
  type: KwalifyType;
  required: boolean;
  nullable: boolean;
  /** Name of a `schema;<name>` definition; when set, every other keyword is ignored (as pykwalify does). */
  include?: string;
  enumValues?: readonly unknown[];
  pattern?: RegExp;
  range?: KwalifyRange;
  length?: KwalifyRange;
  sequence?: readonly KwalifyRule[];
  /** How a sequence item must match the item rules. */
  matching: 'any' | 'all' | '*';
  mapping?: ReadonlyMap<string, KwalifyRule>;
  regexKeys: readonly RegexKey[];
  /** How a mapping key must match the `regex;` keys. */
  matchingRule: 'any' | 'all';
  allowEmpty: boolean;
}

export interface CompiledSchema {
  root: KwalifyRule;
  partials: ReadonlyMap<string, KwalifyRule>;
}

export class KwalifySchemaError extends Error {
  constructor(where: string, message: string) {
    super(`invalid schema at ${where || '(root)'}: ${message}`);
    this.name = 'KwalifySchemaError';
  }
}

const IGNORED_KEYWORDS = new Set(['name', 'desc']);
const HANDLED_KEYWORDS = new Set([
  'type',
  'required',
  'req',
  'nullable',
  'enum',
  'pattern',
  'range',
  'length',
  'sequence',
  'seq',
  'mapping',
  'map',
  'allowempty',
  'matching-rule',
  'matching',
]);

type Doc = Record<string, unknown>;

function isDoc(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readRange(value: unknown, where: string): KwalifyRange {
  if (!isDoc(value)) throw new KwalifySchemaError(where, 'range/length must be a mapping');
  const range: KwalifyRange = {};
  for (const [key, bound] of Object.entries(value)) {
    if (typeof bound !== 'number') throw new KwalifySchemaError(where, `range bound ${key} must be a number`);
    if (key === 'min') range.min = bound;
    else if (key === 'max') range.max = bound;
    else if (key === 'min-ex') range.minEx = bound;
    else if (key === 'max-ex') range.maxEx = bound;
    else throw new KwalifySchemaError(where, `unknown range key ${key}`);
  }
  return range;
}

function inferType(doc: Doc, where: string): KwalifyType {
  const declared = doc['type'];
  if (declared === undefined) {
    if ('sequence' in doc || 'seq' in doc) return 'seq';
    if ('mapping' in doc || 'map' in doc) return 'map';
    // Older pykwalify defaults an untyped rule to str; the demisto schemas rely on the seq/map inference only.
    return 'str';
  }
  if (declared === 'map' || declared === 'seq') return declared;
  if (typeof declared === 'string' && (SCALAR_TYPES as readonly string[]).includes(declared)) {
    return declared as KwalifyType;
  }
  throw new KwalifySchemaError(where, `unsupported type ${JSON.stringify(declared)}`);
}

function compileRule(raw: unknown, where: string): KwalifyRule {
  if (raw !== null && raw !== undefined && !isDoc(raw)) throw new KwalifySchemaError(where, 'rule must be a mapping');
  const doc: Doc = isDoc(raw) ? raw : {};
  const base: KwalifyRule = {
    type: 'any',
    required: false,
    nullable: true,
    matching: 'any',
    regexKeys: [],
    matchingRule: 'any',
    allowEmpty: false,
  };
  if (typeof doc['include'] === 'string') return { ...base, include: doc['include'] };

  const rule: KwalifyRule = { ...base, type: inferType(doc, where) };
  for (const keyword of Object.keys(doc)) {
    if (IGNORED_KEYWORDS.has(keyword)) continue;
    if (keyword.startsWith('schema;')) throw new KwalifySchemaError(where, 'schema; definitions are only allowed at the top level');
    if (!HANDLED_KEYWORDS.has(keyword)) throw new KwalifySchemaError(where, `unsupported keyword ${keyword}`);
  }
  const required = doc['required'] ?? doc['req'];
  if (required !== undefined) {
    if (typeof required !== 'boolean') throw new KwalifySchemaError(where, 'required must be a boolean');
    rule.required = required;
  }
  if (doc['nullable'] !== undefined) rule.nullable = doc['nullable'] === true;
  if (doc['allowempty'] !== undefined) rule.allowEmpty = doc['allowempty'] === true;
  if (doc['enum'] !== undefined) {
    if (!Array.isArray(doc['enum'])) throw new KwalifySchemaError(where, 'enum must be a sequence');
    rule.enumValues = doc['enum'];
  }
  if (doc['pattern'] !== undefined) {
    if (typeof doc['pattern'] !== 'string') throw new KwalifySchemaError(where, 'pattern must be a string');
    // pykwalify uses re.match: anchored at the start only.
    rule.pattern = new RegExp(`^(?:${doc['pattern']})`);
  }
  if (doc['range'] !== undefined) rule.range = readRange(doc['range'], where);
  if (doc['length'] !== undefined) rule.length = readRange(doc['length'], where);
  const matching = doc['matching'];
  if (matching !== undefined) {
    if (matching !== 'any' && matching !== 'all' && matching !== '*') throw new KwalifySchemaError(where, 'matching must be any, all or *');
    rule.matching = matching;
  }
  const matchingRule = doc['matching-rule'];
  if (matchingRule !== undefined) {
    if (matchingRule !== 'any' && matchingRule !== 'all') throw new KwalifySchemaError(where, 'matching-rule must be any or all');
    rule.matchingRule = matchingRule;
  }
  const sequence = doc['sequence'] ?? doc['seq'];
  if (sequence !== undefined) {
    if (!Array.isArray(sequence) || sequence.length === 0) throw new KwalifySchemaError(where, 'sequence must list at least one rule');
    rule.sequence = sequence.map((item, index) => compileRule(item, `${where}/sequence/${index}`));
  }
  const mapping = doc['mapping'] ?? doc['map'];
  if (mapping !== undefined) compileMapping(rule, mapping, where);
  checkConflicts(rule, where);
  return rule;
}

function compileMapping(rule: KwalifyRule, mapping: unknown, where: string): void {
  if (!isDoc(mapping) || Object.keys(mapping).length === 0) throw new KwalifySchemaError(where, 'mapping must have at least one key');
  const exact = new Map<string, KwalifyRule>();
  const regexKeys: RegexKey[] = [];
  for (const [key, child] of Object.entries(mapping)) {
    const childWhere = `${where}/mapping/${key}`;
    const marker = key.startsWith('regex;') ? 'regex;' : key.startsWith('re;') ? 're;' : undefined;
    if (marker === undefined) {
      exact.set(key, compileRule(child, childWhere));
      continue;
    }
    // pykwalify strips the first and last character of `regex;(...)`, i.e. the wrapping parentheses.
    const body = key.slice(marker.length).slice(1, -1);
    let regex: RegExp;
    try {
      regex = new RegExp(body);
    } catch (error) {
      throw new KwalifySchemaError(childWhere, `cannot compile key regex: ${(error as Error).message}`);
    }
    regexKeys.push({ source: key, regex, rule: compileRule(child, childWhere) });
  }
  rule.mapping = exact;
  rule.regexKeys = regexKeys;
}

function checkConflicts(rule: KwalifyRule, where: string): void {
  if (rule.type === 'seq' && rule.sequence === undefined) throw new KwalifySchemaError(where, 'type seq needs a sequence');
  if (rule.type === 'map' && rule.mapping === undefined && !rule.allowEmpty) {
    throw new KwalifySchemaError(where, 'type map needs a mapping or allowempty');
  }
  if (rule.type !== 'seq' && rule.sequence !== undefined) throw new KwalifySchemaError(where, 'sequence on a non-seq rule');
  if (rule.type !== 'map' && rule.mapping !== undefined) throw new KwalifySchemaError(where, 'mapping on a non-map rule');
  if ((rule.type === 'map' || rule.type === 'seq') && rule.enumValues !== undefined) {
    throw new KwalifySchemaError(where, 'enum on a collection rule');
  }
}

function collectIncludes(rule: KwalifyRule, into: Set<string>): void {
  if (rule.include !== undefined) into.add(rule.include);
  rule.sequence?.forEach((item) => collectIncludes(item, into));
  rule.mapping?.forEach((child) => collectIncludes(child, into));
  rule.regexKeys.forEach((key) => collectIncludes(key.rule, into));
}

/** Compiles a whole schema file: `schema;<name>` top-level keys become partials, the rest is the root rule. */
export function compileSchema(document: unknown): CompiledSchema {
  if (!isDoc(document)) throw new KwalifySchemaError('', 'schema document must be a mapping');
  const partials = new Map<string, KwalifyRule>();
  const rootDoc: Doc = {};
  for (const [key, value] of Object.entries(document)) {
    if (key.startsWith('schema;')) partials.set(key.slice('schema;'.length), compileRule(value, key));
    else rootDoc[key] = value;
  }
  const root = compileRule(rootDoc, '');
  const includes = new Set<string>();
  collectIncludes(root, includes);
  partials.forEach((partial) => collectIncludes(partial, includes));
  for (const name of includes) {
    if (!partials.has(name)) throw new KwalifySchemaError('', `include of unknown partial schema ${name}`);
  }
  return { root, partials };
}

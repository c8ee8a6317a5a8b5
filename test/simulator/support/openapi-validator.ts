/**
 * A small validator for the JSON-Schema subset the vendored OpenAPI document uses: type,
 * properties, items, enum, required, nullable, allOf/oneOf/anyOf, additionalProperties, length and
 * range limits. `format` is ignored (the spec uses non-standard ones such as "key:order").
 */
export interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  required?: string[];
  nullable?: boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  additionalProperties?: boolean | Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>>;
  components: { schemas: Record<string, Schema> };
}

export function validate(value: unknown, schema: Schema, doc: OpenApiDocument, path = '$'): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = doc.components.schemas[name];
    if (!target) return [`${path}: unresolved ${schema.$ref}`];
    return validate(value, target, doc, path);
  }
  if (value === null) return schema.nullable ? [] : [`${path}: null is not allowed`];
  const errors: string[] = [];
  if (schema.allOf) for (const part of schema.allOf) errors.push(...validate(value, part, doc, path));
  if (schema.anyOf && !schema.anyOf.some((part) => validate(value, part, doc, path).length === 0)) errors.push(`${path}: matches none of anyOf`);
  if (schema.oneOf) {
    const matching = schema.oneOf.filter((part) => validate(value, part, doc, path).length === 0).length;
    if (matching !== 1) errors.push(`${path}: matches ${matching} of oneOf (need exactly 1)`);
  }
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} is not in enum ${JSON.stringify(schema.enum)}`);
  if (schema.type && !hasType(value, schema.type)) return [...errors, `${path}: expected ${schema.type}, got ${describe(value)}`];

  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) errors.push(`${path}: longer than ${schema.maxLength}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${path}: more than ${schema.maxItems} items`);
    if (schema.items) value.forEach((item, i) => errors.push(...validate(item, schema.items as Schema, doc, `${path}[${i}]`)));
  } else if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (!(name in record)) errors.push(`${path}: missing required ${name}`);
    for (const [name, member] of Object.entries(record)) {
      const memberSchema = schema.properties?.[name];
      if (memberSchema) errors.push(...validate(member, memberSchema, doc, `${path}.${name}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected member ${name}`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...validate(member, schema.additionalProperties, doc, `${path}.${name}`));
    }
  }
  return errors;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return true;
  }
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'array' : typeof value;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/**
 * Validates simulator responses with Ajv against the vendored official OpenAPI subset. Component
 * schemas become one JSON-schema document (`absolute-v3`, `$ref`s rewritten to point into it);
 * OpenAPI's `nullable` is an Ajv keyword; the spec's formats (`date-time`, `uuid`, `int32`,
 * `int64`, `double`) are checked for real.
 *
 * Two compilations of every response schema: `errors` is plain conformance (the official schemas
 * never forbid extra members), `undocumentedMembers` recompiles with `additionalProperties: false`
 * on every object schema, so a test can list, and keep short, the members the simulator adds.
 */
interface JsonObject {
  [key: string]: unknown;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: JsonObject }> }> }>>;
  components: { schemas: Record<string, JsonObject> };
}

const DOCUMENT_ID = 'absolute-v3';
const SUBSET = join(__dirname, '..', '..', '..', 'simulator', 'openapi', 'absolute-v3-subset.json');

export class OpenApiResponses {
  readonly doc: OpenApiDocument;
  private readonly plain: Ajv;
  private readonly closed: Ajv;
  private readonly compiled = new Map<string, { plain: ValidateFunction; closed: ValidateFunction } | null>();

  constructor(source: string | OpenApiDocument = SUBSET) {
    this.doc = typeof source === 'string' ? (JSON.parse(readFileSync(source, 'utf8')) as OpenApiDocument) : source;
    this.plain = buildAjv(this.doc, false);
    this.closed = buildAjv(this.doc, true);
  }

  /** `GET /v3/reporting/devices` → the operation's documented statuses. */
  statuses(route: string): string[] {
    return Object.keys(this.operation(route).responses);
  }

  /** The documented non-JSON media type (a file download) of `route` answering `status`, if any. */
  fileType(route: string, status: number): string | undefined {
    const response = this.operation(route).responses[String(status)];
    if (!response) throw new Error(`${route} does not document status ${status}`);
    return Object.keys(response.content ?? {}).find((type) => type !== 'application/json');
  }

  /** Schema errors of `body` for `route` answering `status`; a documented empty body must be empty. */
  errors(route: string, status: number, body: unknown, text: string): string[] {
    const validators = this.validators(route, status);
    if (validators === null) return text === '' ? [] : [`${route} ${status} documents no JSON body but got ${text.slice(0, 80)}`];
    if (validators.plain(body)) return [];
    return (validators.plain.errors ?? []).map(describeError);
  }

  /** Members of `body` the schema does not list, as `data[].actionStatusDetails`. */
  undocumentedMembers(route: string, status: number, body: unknown): string[] {
    const validators = this.validators(route, status);
    if (validators === null || validators.closed(body)) return [];
    const members = (validators.closed.errors ?? [])
      .filter((error) => error.keyword === 'additionalProperties')
      .map((error) =>
        `${dottedPath(error.instancePath)}.${String((error.params as { additionalProperty: string }).additionalProperty)}`.replace(
          /^\./,
          '',
        ),
      );
    return [...new Set(members)].sort();
  }

  /** Validates against a named component schema (e.g. `ErrorObject`). */
  componentErrors(name: string, body: unknown): string[] {
    const validate = this.plain.getSchema(`${DOCUMENT_ID}#/definitions/${name}`);
    if (!validate) throw new Error(`no component schema ${name}`);
    return validate(body) ? [] : (validate.errors ?? []).map(describeError);
  }

  private operation(route: string) {
    const [method = '', path = ''] = route.split(' ');
    const operation = this.doc.paths[path.replace(/^\/v3/, '')]?.[method.toLowerCase()];
    if (!operation) throw new Error(`${route} is not in the vendored OpenAPI subset`);
    return operation;
  }

  private validators(route: string, status: number) {
    const key = `${route} ${status}`;
    if (!this.compiled.has(key)) {
      const response = this.operation(route).responses[String(status)];
      if (!response) throw new Error(`${route} does not document status ${status}`);
      const schema = response.content?.['application/json']?.schema;
      this.compiled.set(
        key,
        schema ? { plain: this.plain.compile(pointInto(schema)), closed: this.closed.compile(close(pointInto(schema))) } : null,
      );
    }
    return this.compiled.get(key) ?? null;
  }
}

function buildAjv(doc: OpenApiDocument, closed: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, discriminator: true });
  ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('double', { type: 'number', validate: (n: number) => Number.isFinite(n) });
  const definitions: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(doc.components.schemas))
    definitions[name] = closed ? close(pointInto(schema)) : pointInto(schema);
  ajv.addSchema({ $id: DOCUMENT_ID, definitions });
  return ajv;
}

/** RFC 3339 date-time with a real calendar date (Ajv's own formats live in ajv-formats, not installed). */
function isDateTime(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCMonth() === month - 1 && date.getUTCDate() === day && Number(match[4]) < 24 && Number(match[5]) < 60 && Number(match[6]) < 61
  );
}

/** Deep copy with `#/components/schemas/X` rewritten to the definitions of the `absolute-v3` document. */
function pointInto(schema: unknown): JsonObject {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${DOCUMENT_ID}#/definitions/`)) as JsonObject;
}

/** Adds `additionalProperties: false` to every object schema that lists properties and says nothing else. */
function close(schema: JsonObject): JsonObject {
  const visit = (node: unknown, isNameMap: boolean): void => {
    if (Array.isArray(node)) return node.forEach((item) => visit(item, false));
    if (node === null || typeof node !== 'object') return;
    const object = node as JsonObject;
    if (!isNameMap && object['properties'] !== undefined && object['additionalProperties'] === undefined)
      object['additionalProperties'] = false;
    for (const [key, child] of Object.entries(object)) visit(child, !isNameMap && key === 'properties');
  };
  visit(schema, false);
  return schema;
}

function dottedPath(instancePath: string): string {
  return instancePath
    .split('/')
    .filter(Boolean)
    .map((segment) => (/^\d+$/.test(segment) ? '[]' : `.${segment}`))
    .join('')
    .replace(/^\./, '');
}

function describeError(error: ErrorObject): string {
  return `${error.instancePath || '(root)'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;
}

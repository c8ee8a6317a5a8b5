// Extracts the part of Absolute's official v3 OpenAPI document that the simulator serves, so the
// conformance test can validate responses without shipping the whole 1.8 MB file.
// Usage: node scripts/vendor-openapi.mjs [path/to/openapi-v3.json]   (default ../shared/absolute-api/openapi-v3.json)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourcePath = process.argv[2] ?? join(repoRoot, '..', 'shared', 'absolute-api', 'openapi-v3.json');
const outPath = join(repoRoot, 'simulator', 'openapi', 'absolute-v3-subset.json');
const queryOutPath = join(repoRoot, 'simulator', 'openapi', 'documented-query.json');

/** Paths (relative to /v3) and methods the simulator implements; keep in sync with simulator/routes. */
const SERVED = {
  '/reporting/devices': ['get'],
  '/reporting/devices-advanced': ['get'],
  '/reporting/applications': ['get'],
  '/reporting/applications-advanced': ['get'],
  '/reporting/siem-events': ['get'],
  '/configurations/customfields/definitions': ['get'],
  '/configurations/customfields/definitions/{cdfUid}': ['get'],
  '/configurations/customfields/devices/{deviceUid}': ['get', 'put'],
  '/configurations/customfields/devices/{deviceUid}/{cdfUid}': ['get'],
  '/actions/requests/freeze': ['post'],
  '/actions/freeze/requests/{requestUid}': ['get'],
  '/actions/freeze/remove-freeze': ['post'],
  '/actions/freeze/messages': ['get', 'post'],
  '/actions/freeze/messages/{messageUid}': ['get', 'put', 'delete'],
  '/actions/requests/unenroll': ['get', 'post'],
  '/actions/requests/unenroll/{requestUid}': ['get'],
  '/actions/unenroll/get-actions': ['post'],
  '/actions/unenroll/get-actions/{requestUid}': ['post'],
  '/actions/requests/wipe': ['get', 'post'],
  '/actions/requests/wipe/{requestUid}': ['get'],
  '/actions/wipe/get-actions': ['post'],
  '/actions/wipe/get-actions/{requestUid}': ['post'],
  '/actions/wipe/cancel-actions/{requestUid}': ['post'],
  '/tracking/device-missing/missing': ['get', 'post'],
  '/tracking/device-missing/found': ['post'],
  '/actions/requests/eum': ['get', 'post'],
  '/actions/requests/eum/{requestUid}': ['get'],
  '/actions/eum/get-actions': ['post'],
  '/actions/eum/get-actions/{requestUid}': ['post'],
  '/actions/eum/messages': ['get'],
  '/actions/eum/messages/{messageUid}': ['get'],
  '/configurations/device-groups/groups': ['get'],
  '/configurations/device-groups/devices/{deviceUid}/groups': ['get'],
  '/actions/reach/scripts': ['get'],
  '/actions/reach/scripts/{scriptUid}': ['get'],
  '/actions/reach/scripts/{scriptUid}/content': ['get'],
  '/actions/requests/reach': ['get', 'post'],
  '/actions/requests/reach/{requestUid}': ['get'],
  '/actions/requests/reach/{requestUid}/configuration': ['get'],
  '/actions/reach/get-actions': ['post'],
  '/actions/reach/get-actions/{requestUid}': ['post'],
  '/actions/reach/cancel-actions': ['post'],
  '/actions/reach/cancel-actions/{requestUid}': ['post'],
  '/actions/requests/file-delete': ['get', 'post'],
  '/actions/requests/file-delete/{requestUid}': ['get'],
  '/actions/file-delete/get-actions': ['post'],
  '/actions/file-delete/get-actions/{requestUid}': ['post'],
  '/actions/file-delete/cancel-actions/{requestUid}': ['post'],
};

/** Prose and vendor extensions carry no validation meaning and dominate the file size. */
const PROSE_KEYS = new Set(['description', 'summary', 'example', 'examples']);

/** `isNameMap`: the keys are property names (a field may well be called "description"), not keywords. */
function strip(value, isNameMap = false) {
  if (Array.isArray(value)) return value.map((item) => strip(item));
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const key of Object.keys(value).sort()) {
    if (!isNameMap && (PROSE_KEYS.has(key) || key.startsWith('x-'))) continue;
    out[key] = strip(value[key], !isNameMap && key === 'properties');
  }
  return out;
}

function collectRefs(value, found) {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.add(child);
      else collectRefs(child, found);
    }
  }
}

const spec = JSON.parse(readFileSync(sourcePath, 'utf8'));
const paths = {};
for (const path of Object.keys(SERVED).sort()) {
  const item = spec.paths[path];
  if (!item) throw new Error(`path ${path} is missing from ${sourcePath}`);
  paths[path] = {};
  for (const method of SERVED[path]) {
    if (!item[method]) throw new Error(`${method.toUpperCase()} ${path} is missing from ${sourcePath}`);
    paths[path][method] = strip(item[method]);
  }
}

// Resolve $refs transitively; only component schemas are referenced by these operations.
const schemas = {};
const pending = new Set();
collectRefs(paths, pending);
while (pending.size > 0) {
  const [ref] = pending;
  pending.delete(ref);
  const match = /^#\/components\/schemas\/(.+)$/.exec(ref);
  if (!match) throw new Error(`unsupported $ref ${ref}`);
  const name = match[1];
  if (name in schemas) continue;
  const schema = spec.components.schemas[name];
  if (!schema) throw new Error(`schema ${name} is missing`);
  schemas[name] = strip(schema);
  const nested = new Set();
  collectRefs(schemas[name], nested);
  for (const r of nested) if (!(r.slice('#/components/schemas/'.length) in schemas)) pending.add(r);
}

const sortedSchemas = {};
for (const name of Object.keys(schemas).sort()) sortedSchemas[name] = schemas[name];

const subset = {
  openapi: spec.openapi,
  info: { title: 'Absolute API v3 (subset served by the simulator)', version: spec.info.version },
  servers: spec.servers,
  paths,
  components: { schemas: sortedSchemas },
};
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, `${JSON.stringify(subset, null, 2)}\n`);
console.error(`wrote ${outPath}: ${Object.keys(paths).length} paths, ${Object.keys(sortedSchemas).length} schemas`);

// What the simulator's strict mode lets through: each operation's documented query parameters and,
// for `filter=` on the -advanced endpoints, the field names its description lists.
const documentedQuery = {};
for (const path of Object.keys(SERVED).sort()) {
  for (const method of SERVED[path]) {
    const parameters = (spec.paths[path][method].parameters ?? []).filter((p) => p.in === 'query');
    const entry = { params: parameters.map((p) => p.name).sort() };
    const filter = parameters.find((p) => p.name === 'filter');
    if (filter) {
      const text = (filter.description ?? '').replace(/<[^>]+>/g, ' ');
      entry.filterFields = [...new Set([...text.matchAll(/`([A-Za-z0-9_.]+)`/g)].map((m) => m[1]))].sort();
    }
    documentedQuery[`${method.toUpperCase()} /v3${path}`] = entry;
  }
}
writeFileSync(queryOutPath, `${JSON.stringify(documentedQuery, null, 1)}\n`);
console.error(`wrote ${queryOutPath}: ${Object.keys(documentedQuery).length} operations`);

import fc from 'fast-check';
import { UUID_PATTERN } from '../../Integrations/Absolute/src/commands/shared';
import { findCommand } from '../../Integrations/Absolute/src/commands/registry';
import type { CommandDefinition } from '../../Integrations/Absolute/src/commands/command';
import { toList } from '../../Integrations/Absolute/src/xsoar/args';
import { parseAdvancedFilter, type FilterNode } from '../../simulator/query/advanced-filter';
import { fuzzString, hostileString } from './support/arg-values';
import { argRunProblems, wellFormed } from './support/check-run';
import { FILTER_CASES, PATH_CASES } from './support/filter-cases';
import { fuzzParams, fuzzTimeoutMs } from './support/fuzz-config';
import { startFuzzEnv, type FuzzEnv } from './support/fuzz-env';
import type { SeenRequest } from './support/recording-proxy';

/**
 * Targeted properties for the two places input meets syntax: ids in URL paths (only the
 * documented UUID form may get there, and then exactly) and values in filter expressions (each
 * value is one quoted literal of its own field, whatever quotes or keywords it holds).
 */
let env: FuzzEnv;
beforeAll(async () => {
  env = await startFuzzEnv();
});
afterAll(() => env.close());

function definition(name: string): CommandDefinition {
  const found = findCommand(name);
  if (!found) throw new Error(`no command ${name}`);
  return found;
}

/** Ids with path tricks around or inside them, plus plain UUIDs (also padded and upper case). */
const idCandidate = fc.oneof(
  fc.uuid(),
  fc.uuid().map((u) => `  ${u.toUpperCase()}\t`),
  fc.tuple(fc.uuid(), hostileString).map(([u, h]) => `${u}${h}`),
  fc.tuple(hostileString, fc.uuid()).map(([h, u]) => `${h}${u}`),
  fc
    .tuple(fc.uuid(), fc.constantFrom('/..', '/../../reporting/devices', '?nextPage=x', '#x', '%2F..', '\u0000', '\n'))
    .map(([u, t]) => `${u}${t}`),
  fuzzString,
);

describe.each(PATH_CASES.map((c) => [`${c.command} ${c.argument}`, c] as const))('path id: %s', (_name, c) => {
  test(
    'only a UUID reaches the path, and exactly as given',
    async () => {
      const def = definition(c.command);
      await fc.assert(
        fc.asyncProperty(idCandidate, async (id) => {
          const args = { ...c.base, [c.argument]: id };
          const run = await env.run(c.command, args);
          const problems = argRunProblems({ definition: def, args, ...run });
          // Empty after trimming means "not given" (the platform sends '' for an empty field).
          const wanted = def.args[c.argument]?.meta.isArray ? toList(id) : [id.trim()].filter((v) => v !== '');
          if (wanted.length === 0) {
            // Nothing to check beyond the generic run checks.
          } else if (wanted.every((w) => UUID_PATTERN.test(w))) {
            const missing = wanted.filter((w) => !run.seen.some((s) => s.uri.split('/').includes(encodeURIComponent(w))));
            if (missing.length > 0) problems.push(`valid id(s) ${missing.join(', ')} did not reach any path`);
          } else {
            const message = run.result.ok ? '(succeeded)' : String(run.result.output.entries[0]?.Contents);
            if (!message.includes(`Invalid argument "${c.argument}"`)) problems.push(`not rejected by name: ${message.slice(0, 200)}`);
            if (run.seen.length > 0) problems.push(`${run.seen.length} request(s) sent for a malformed id`);
          }
          expect(problems).toEqual([]);
        }),
        fuzzParams(0.3),
      );
    },
    fuzzTimeoutMs(),
  );
});

/** The conditions of every filter sent, as field → values. */
function conditions(seen: readonly SeenRequest[]): Array<{ field: string; value: string }> {
  const out: Array<{ field: string; value: string }> = [];
  const walk = (node: FilterNode): void => {
    if (node.kind === 'condition') out.push({ field: node.field, value: node.value });
    else {
      walk(node.left);
      walk(node.right);
    }
  };
  for (const request of seen) {
    const filter = new URLSearchParams(request.query).get('filter');
    if (filter !== null) walk(parseAdvancedFilter(filter));
  }
  return out;
}

/** One to three values, as a comma list or a playbook array, full of quotes and filter syntax. */
const filterValues = fc.oneof(
  fc
    .array(
      fuzzString.filter((s) => !s.includes(',')),
      { minLength: 1, maxLength: 3 },
    )
    .map((items) => items.join(',')),
  fc.array(fuzzString, { minLength: 1, maxLength: 3 }),
  fc.constantFrom(
    "O'Brien",
    "x' or deviceName eq 'y",
    "') or (agentStatus eq 'A",
    "''''",
    "a'' or ''1''=''1",
    'deviceName eq LAPTOP-7 or 1 eq 1',
  ),
);

describe.each(FILTER_CASES.map((c) => [`${c.command} ${c.argument}`, c] as const))('filter value: %s', (_name, c) => {
  test(
    'each value is one escaped literal of its field; the filter parses',
    async () => {
      const def = definition(c.command);
      await fc.assert(
        fc.asyncProperty(filterValues, async (raw) => {
          const value = c.list ? raw : Array.isArray(raw) ? raw.join(' ') : raw;
          const args = { ...c.base, [c.argument]: value };
          const run = await env.run(c.command, args);
          const problems = argRunProblems({ definition: def, args, ...run });
          if (run.seen.length > 0 && problems.length === 0) {
            const expected = c.list ? toList(value) : [String(value).trim()];
            const got = conditions(run.seen)
              .filter((k) => c.fields.includes(k.field))
              .map((k) => k.value);
            // Values match case-insensitively on the API side; what matters is that each is whole.
            const sent = expected.filter((v) => v !== '').map(wellFormed);
            const missing = sent.filter((v) => !got.includes(v));
            const extra = got.filter((v) => !sent.includes(v));
            if (missing.length > 0) problems.push(`values not sent as literals of ${c.fields.join('/')}: ${JSON.stringify(missing)}`);
            if (extra.length > 0) problems.push(`literals nobody gave: ${JSON.stringify(extra)}`);
            const refused = run.seen.filter((s) => s.status === 400);
            if (refused.length > 0) problems.push(`the API refused ${refused.length} request(s) with 400`);
          }
          expect(problems).toEqual([]);
        }),
        fuzzParams(0.3),
      );
    },
    fuzzTimeoutMs(),
  );
});

import fc from 'fast-check';

/**
 * Strings a server might send, minus the words the readability checks look for: a value that
 * says "undefined" must come from the integration's own code to count as a finding.
 */
const cleanString = (s: string): string => s.replace(/undefined|NaN|object Object|Error|\bat\b/gi, '_');

export const serverString: fc.Arbitrary<string> = fc
  .oneof(
    { arbitrary: fc.string({ maxLength: 12 }), weight: 4 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        '',
        ' ',
        '2026-05-04T09:00:00.000Z',
        'not-a-date',
        '-1',
        '1e309',
        '|pipe|',
        '# heading',
        '<b>x</b>',
        '\r\n',
      ),
      weight: 2,
    },
    { arbitrary: fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'y'.repeat(n)), weight: 1 },
  )
  .map(cleanString);

/** Any JSON value of the wrong kind, for a field that should hold something else. */
const wrongKind: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  serverString,
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.oneof(fc.integer(), serverString, fc.constant(null)), { maxLength: 2 }),
);

/**
 * Values shaped like `template` (a real API reply), with the damage a buggy or newer API could
 * do: fields missing, null, of the wrong type, extra fields, empty or longer arrays, huge strings.
 */
export function shaped(template: unknown, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 5) return fc.constant(template);
  if (Array.isArray(template)) {
    const item = template.length > 0 ? shaped(template[0], depth + 1) : fc.jsonValue({ maxDepth: 1 });
    return fc.oneof({ arbitrary: fc.array(item, { maxLength: 3 }), weight: 8 }, { arbitrary: wrongKind, weight: 1 });
  }
  if (template !== null && typeof template === 'object') {
    const fields = Object.fromEntries(
      Object.entries(template).map(([key, value]) => [
        key,
        fc.oneof({ arbitrary: shaped(value, depth + 1), weight: 6 }, { arbitrary: wrongKind, weight: 1 }),
      ]),
    );
    const record = fc.record(fields, { requiredKeys: [] });
    const extra = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }).map(cleanString), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 });
    const withExtra = fc.tuple(record, extra).map(([r, e]) => Object.assign({}, e, r));
    return fc.oneof({ arbitrary: withExtra, weight: 12 }, { arbitrary: wrongKind, weight: 1 });
  }
  if (typeof template === 'string')
    return fc.oneof(
      { arbitrary: fc.constant(template), weight: 6 },
      { arbitrary: serverString, weight: 2 },
      { arbitrary: wrongKind, weight: 1 },
    );
  if (typeof template === 'number')
    return fc.oneof({ arbitrary: fc.constant(template), weight: 4 }, fc.integer(), fc.double({ noNaN: true }), {
      arbitrary: wrongKind,
      weight: 1,
    });
  if (typeof template === 'boolean') return fc.oneof({ arbitrary: fc.boolean(), weight: 4 }, wrongKind);
  return fc.oneof(fc.constant(template), wrongKind);
}

export interface ScriptedReply {
  status: number;
  /** JSON text, raw text, or '' for no body. */
  body: string;
  headers: Record<string, string>;
}

const ERROR_TEMPLATE = {
  code: 'INVALID_REQUEST',
  message: 'invalid request',
  details: [{ message: 'bad', field: 'x', code: 'INVALID_VALUE' }],
};

/** The replies one route gives in one run: mostly its real shape, sometimes errors or junk. */
export function replies(template: { status: number; body: unknown } | undefined): fc.Arbitrary<ScriptedReply[]> {
  const data = template?.body && typeof template.body === 'object' && 'data' in template.body ? template.body.data : template?.body;
  const envelope = fc
    .record(
      {
        data: shaped(data ?? []),
        metadata: fc.oneof(
          fc.record(
            {
              pagination: fc.record(
                { nextPage: fc.oneof(fc.constantFrom('c1', 'c2', 'c1'), serverString, wrongKind) },
                { requiredKeys: [] },
              ),
            },
            { requiredKeys: [] },
          ),
          wrongKind,
        ),
      },
      { requiredKeys: [] },
    )
    .map((body): ScriptedReply => ({
      status: template?.status ?? 200,
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    }));
  const empty = fc.constantFrom(200, 202, 204).map((status): ScriptedReply => ({ status, body: '', headers: {} }));
  const failure = fc
    .tuple(
      fc.constantFrom(400, 401, 403, 404, 409, 429, 500, 502, 503, 504),
      shaped(ERROR_TEMPLATE),
      fc.option(fc.oneof(fc.constantFrom('1', '0', '-5', 'soon', '1e9', 'Wed, 21 Oct 2015 07:28:00 GMT'), serverString), {
        nil: undefined,
      }),
    )
    .map(([status, body, retryAfter]): ScriptedReply => ({
      status,
      body: JSON.stringify(body),
      headers: {
        'content-type': 'application/json',
        ...(retryAfter === undefined ? {} : { 'retry-after': retryAfter.replace(/[^\x20-\x7e]/g, '').slice(0, 100) }),
      },
    }));
  const junk = fc
    .constantFrom(
      '[]',
      '"x"',
      '1',
      'null',
      'true',
      '{"data":',
      '<html>oops</html>',
      '{"data": {"__proto__": {"polluted": true}}}',
      '\u0000',
    )
    .map((body): ScriptedReply => ({
      status: 200,
      body,
      headers: { 'content-type': body.startsWith('<') ? 'text/html' : 'application/json' },
    }));
  return fc.array(
    fc.oneof(
      { arbitrary: envelope, weight: 10 },
      { arbitrary: empty, weight: 1 },
      { arbitrary: failure, weight: 2 },
      { arbitrary: junk, weight: 1 },
    ),
    { minLength: 1, maxLength: 3 },
  );
}

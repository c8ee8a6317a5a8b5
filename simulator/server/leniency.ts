import type { ApiError } from './api-error';

/**
 * Inputs the real service evidently takes although the OpenAPI does not document them (the official
 * XSOAR pack sends them). The simulator accepts and counts them, or refuses them in strict mode.
 */
export type UndocumentedKind =
  /** A query parameter the operation does not document, e.g. a filter suffix the simulator adds (`deviceNameContains`). */
  | 'undocumentedParameter'
  /** A `filter=` field the -advanced endpoint does not list. */
  | 'undocumentedFilterField'
  /** OData `$filter` on a reporting endpoint. */
  | 'odataFilter'
  /** OData `$select` on a reporting endpoint. */
  | 'odataSelect'
  /** A `$filter` field spelt the v2 way (`id`, `systemName`) or in another letter case (`userName`). */
  | 'odataFieldAlias'
  /** A `$select` name the resource does not have (e.g. v2's `serial`), ignored. */
  | 'odataSelectIgnoredField'
  /** `"true"`/`"false"` as a JSON string where the body schema says boolean. */
  | 'booleanString';

export const UNDOCUMENTED_KINDS: readonly UndocumentedKind[] = [
  'undocumentedParameter',
  'undocumentedFilterField',
  'odataFilter',
  'odataSelect',
  'odataFieldAlias',
  'odataSelectIgnoredField',
  'booleanString',
];

export interface UndocumentedInput {
  kind: UndocumentedKind;
  /** The parameter or body field, e.g. `$filter` or `excludeMissingDevices`. */
  field: string;
}

/**
 * One request's record of undocumented inputs. Lenient: each is noted, and the pipeline counts the
 * notes once the route has answered successfully. Strict: the first one is refused with the 400 the
 * documented API gives for it.
 */
export class RequestLeniency {
  private readonly notes: UndocumentedInput[] = [];
  private refusal: UndocumentedInput | undefined;

  constructor(readonly strict: boolean) {}

  accept(kind: UndocumentedKind, field: string, refuse: () => ApiError): void {
    if (this.strict) {
      this.refusal = { kind, field };
      throw refuse();
    }
    this.notes.push({ kind, field });
  }

  accepted(): readonly UndocumentedInput[] {
    return this.notes;
  }

  refused(): UndocumentedInput | undefined {
    return this.refusal;
  }
}

/** Outside a request (unit tests of helpers), only the documented API is accepted. */
const OUTSIDE_REQUESTS = new RequestLeniency(true);
let active: RequestLeniency | undefined;

/**
 * Makes `leniency` the one body helpers consult while `run` executes. Route handlers are
 * synchronous, so no other request can interleave; this keeps helpers such as `optionalBoolean`
 * free of a context parameter, and every route that uses them inherits the policy.
 */
export function withLeniency<T>(leniency: RequestLeniency, run: () => T): T {
  const previous = active;
  active = leniency;
  try {
    return run();
  } finally {
    active = previous;
  }
}

export function currentLeniency(): RequestLeniency {
  return active ?? OUTSIDE_REQUESTS;
}

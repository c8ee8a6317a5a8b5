import { requiredPermission } from './permissions';

/** Every failure the client raises is an AbsoluteError; the message is written for an analyst. */
export class AbsoluteError extends Error {
  private advice: string | undefined;

  constructor(message: string, options: { cause?: unknown; suggestion?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.advice = options.suggestion;
  }

  /** What the analyst can do about it, shown after the message. */
  get suggestion(): string | undefined {
    return this.advice;
  }

  /**
   * Puts `advice` before the current suggestion. The client uses it to say that a write whose
   * reply was lost may already have been carried out: that outranks every other hint, because
   * re-running the command would then freeze, wipe or unenrol a second time.
   */
  adviseFirst(advice: string): this {
    this.advice = this.advice ? `${advice}\n${this.advice}` : advice;
    return this;
  }
}

/** The configuration cannot work (bad URL, missing credentials, unusable key). */
export class AbsoluteConfigError extends AbsoluteError {}

/** The host could not be reached or the connection broke. */
export class AbsoluteConnectionError extends AbsoluteError {
  /** False when the request may have reached the server (then it must not be re-sent). */
  readonly safeToRetry: boolean;
  constructor(message: string, options: { cause?: unknown; safeToRetry: boolean }) {
    super(message, { cause: options.cause, suggestion: 'Check the server URL, the proxy settings and that the host is reachable.' });
    this.safeToRetry = options.safeToRetry;
  }
}

/** The server did not answer in time, or a command ran out of its time budget. */
export class AbsoluteTimeoutError extends AbsoluteError {}

/** The server answered with something that is not the documented JSON envelope. */
export class AbsoluteResponseError extends AbsoluteError {
  readonly status: number;
  constructor(message: string, status: number, options: { cause?: unknown; suggestion?: string } = {}) {
    super(message, options);
    this.status = status;
  }
}

/**
 * The reply is JSON, but a field the pack reads has the wrong type (a number where text belongs, a
 * record that is null): the command stops rather than show a wrong or partial table.
 */
export class AbsoluteReplyShapeError extends AbsoluteResponseError {
  /** `METHOD /v3/path` of the logical request. */
  readonly operation: string;
  /** Where in the reply, e.g. `data[3].deviceName`. */
  readonly field: string;
  constructor(message: string, init: { status: number; operation: string; field: string }) {
    super(message, init.status, {
      suggestion: 'The Absolute API answered in a form this integration does not know; report the command and the field above.',
    });
    this.operation = init.operation;
    this.field = init.field;
  }
}

/** A paging cursor repeated or the page guard was hit. */
export class AbsolutePagingError extends AbsoluteError {}

export interface ApiErrorDetail {
  message?: string;
  field?: string;
  code?: string;
}

/** The API answered with an error status; carries the API's own code, message and details. */
export class AbsoluteApiError extends AbsoluteError {
  readonly status: number;
  readonly code: string | undefined;
  readonly apiMessage: string | undefined;
  readonly details: readonly ApiErrorDetail[];
  /** `METHOD /v3/path` of the logical request (never the signed token). */
  readonly operation: string;
  readonly retryAfterMs: number | undefined;
  /** The server's clock (Date header), which tells whether a 401 comes from clock skew. */
  readonly serverDateMs: number | undefined;

  constructor(init: {
    status: number;
    code?: string;
    apiMessage?: string;
    details?: readonly ApiErrorDetail[];
    operation: string;
    retryAfterMs?: number;
    serverDateMs?: number;
  }) {
    super(describeApiError(init), { suggestion: suggestionFor(init.status, init.code, init.operation) });
    this.status = init.status;
    this.code = init.code;
    this.apiMessage = init.apiMessage;
    this.details = init.details ?? [];
    this.operation = init.operation;
    this.retryAfterMs = init.retryAfterMs;
    this.serverDateMs = init.serverDateMs;
  }
}

function describeApiError(init: {
  status: number;
  code?: string;
  apiMessage?: string;
  details?: readonly ApiErrorDetail[];
  operation: string;
}): string {
  const head = `Absolute API returned ${init.status}${init.code ? ` ${init.code}` : ''} for ${init.operation}`;
  const message = init.apiMessage ? `: ${init.apiMessage.replace(/[.\s]+$/, '')}` : '';
  const details = (init.details ?? [])
    .map((d) => [d.field, d.message, d.code && `(${d.code})`].filter(Boolean).join(' '))
    .filter((d) => d.length > 0);
  return `${head}${message}${details.length ? ` [${details.join('; ')}]` : ''}.`;
}

/** What to check when Absolute rejects a signed request (401), in the order it usually helps. */
export const AUTHORIZATION_ADVICE =
  'Check the Token ID and Secret Key, that the server URL is the region where the token was created, ' +
  "that the token has not expired, and that this machine's clock is correct. " +
  'If the 401 persists, enable Authentication Debugging for this token on the API Token Management page of the Absolute console: ' +
  'Absolute then records each rejected request, for you and Absolute support.';

function suggestionFor(status: number, code: string | undefined, operation: string): string | undefined {
  if (status === 401) {
    return AUTHORIZATION_ADVICE;
  }
  if (status === 403) {
    const permission = requiredPermission(operation);
    if (permission)
      return `The API token lacks the ${permission} permission this command needs; create a token that has it (permissions of an existing token cannot be changed).`;
    return "The API token lacks the permission this command needs; edit the token's role in the Absolute console.";
  }
  if (status === 404) return 'Check the id: it does not exist in this Absolute account.';
  if (status === 429 || code === 'RATE_LIMITED') return 'The API rate limit was hit; lower the request rate or retry later.';
  if (status >= 500) return 'Absolute had a server problem; retry later.';
  return undefined;
}

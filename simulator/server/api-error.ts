/** One entry of an error body's `details`, as the v3 ErrorObject documents it. */
export interface ErrorDetail {
  message: string;
  field?: string;
  code?: string;
}

export type ErrorCode =
  | 'NOT_AUTHENTICATED'
  | 'NOT_AUTHORIZED'
  | 'RESOURCE_NOT_FOUND'
  | 'INVALID_REQUEST'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'RATE_LIMITED'
  | 'VALIDATION_ERROR'
  | 'INVALID_VALUE'
  | 'DUPLICATE_SORT_KEY'
  | 'INVALID_SORT';

/** Thrown by route handlers; the pipeline turns it into `{code, message, details}` with `status`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }

  toBody(): { code: ErrorCode; message: string; details: ErrorDetail[] } {
    return { code: this.code, message: this.message, details: this.details };
  }
}

/** The message the real API gives for filter syntax it cannot parse (seen by the XSOAR pack). */
export const INVALID_FILTER_MESSAGE = 'Your request is invalid, please contact us for details.';

export function invalidRequest(field: string, message: string, detailCode: string = 'INVALID_REQUEST'): ApiError {
  return new ApiError(400, 'INVALID_REQUEST', 'invalid request', [{ message, field, code: detailCode }]);
}

export function validationError(field: string, message: string): ApiError {
  return new ApiError(400, 'VALIDATION_ERROR', 'validation error', [{ message, field, code: 'VALIDATION_ERROR' }]);
}

export function invalidValue(field: string, message: string): ApiError {
  return new ApiError(400, 'INVALID_VALUE', 'invalid value', [{ message, field, code: 'INVALID_VALUE' }]);
}

export function notFound(field?: string, message = 'resource not found'): ApiError {
  const details = field ? [{ message, field, code: 'RESOURCE_NOT_FOUND' }] : [];
  return new ApiError(404, 'RESOURCE_NOT_FOUND', 'resource not found', details);
}

export function invalidFilter(field = 'filter'): ApiError {
  return new ApiError(400, 'INVALID_REQUEST', INVALID_FILTER_MESSAGE, [
    { message: INVALID_FILTER_MESSAGE, field, code: 'INVALID_REQUEST' },
  ]);
}

export const NOT_AUTHENTICATED = new ApiError(401, 'NOT_AUTHENTICATED', 'not authenticated');
export const NOT_AUTHORIZED = new ApiError(403, 'NOT_AUTHORIZED', 'not authorized');
export const RATE_LIMITED = new ApiError(429, 'RATE_LIMITED', 'rate-limited');

/** Bodies for injected or unexpected server errors, worded like the official examples. */
export function serverError(status: number): ApiError {
  if (status === 503) return new ApiError(503, 'SERVICE_UNAVAILABLE', 'service temporarily unavailable');
  if (status === 502) return new ApiError(502, 'SERVICE_UNAVAILABLE', 'bad gateway');
  return new ApiError(
    status,
    'INTERNAL_SERVER_ERROR',
    'We are sorry we have encountered an internal server error. Please contact us and try again later.',
  );
}

import { AbsoluteApiError, AbsoluteConnectionError, AbsoluteError } from '../absolute/errors';
import { ArgumentError } from '../xsoar/args';
import { ParamsError } from './params';

/** The analyst-facing text of a failure: message plus what to do about it. Never a stack trace. */
export function describeFailure(error: unknown, command: string): string {
  if (command === 'test-module') {
    if (error instanceof AbsoluteApiError && error.status === 401) {
      return `Authorization Error: Absolute rejected the request signature. ${error.suggestion ?? ''}`.trim();
    }
    if (error instanceof AbsoluteApiError && error.status === 403) {
      return 'Authorization Error: the API token lacks "View" on Device Reports, which every command needs. Edit the token\'s role in the Absolute console.';
    }
    if (error instanceof AbsoluteConnectionError) return `${error.message} ${error.suggestion ?? ''}`.trim();
  }
  if (error instanceof AbsoluteError) return error.suggestion ? `${error.message}\n${error.suggestion}` : error.message;
  if (error instanceof ArgumentError || error instanceof ParamsError) return error.message;
  if (error instanceof Error) return `Unexpected error: ${error.message}`;
  return `Unexpected error: ${String(error)}`;
}

import { arg } from '../../xsoar/args';
import { UUID_PATTERN } from '../shared';

export const SCRIPT_UID_HINT = 'not a script UID (expected 8-4-4-4-12 hexadecimal digits)';
export const REQUEST_UID_HINT = 'not a request UID (expected 8-4-4-4-12 hexadecimal digits)';

export function requestUidArg(required: boolean) {
  return arg.string({ required, pattern: UUID_PATTERN, patternHint: REQUEST_UID_HINT });
}

import { arg } from '../../xsoar/args';
import { UUID_PATTERN } from '../shared';

/** Message ids are UUIDs; anything else is refused before it can reach a URL path. */
export const MESSAGE_ID_HINT = 'not a Freeze message ID (expected the form 8-4-4-4-12 hexadecimal digits)';

/** Documented limits of a Freeze message: content 1–4000 characters, name 1–255. */
export const messageContentArg = () => arg.string({ required: true, minLength: 1, maxLength: 4000 });
export const messageNameArg = () => arg.string({ required: true, minLength: 1, maxLength: 255 });
export const messageIdArg = (required: boolean) => arg.string({ required, pattern: UUID_PATTERN, patternHint: MESSAGE_ID_HINT });

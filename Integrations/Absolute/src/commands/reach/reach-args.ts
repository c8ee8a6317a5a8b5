export const SCRIPT_UID_HINT = 'not a script UID (expected 8-4-4-4-12 hexadecimal digits)';

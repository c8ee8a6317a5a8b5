/** Exit codes of dist/absolute.cjs (README "The runner protocol"). */
export const EXIT_OK = 0;
export const EXIT_COMMAND_FAILED = 1;
export const EXIT_BAD_INVOCATION = 2;

/** Exit codes of dist/absolute.cjs (README "The runner protocol" and "Command line for analysts"). */
export const EXIT_OK = 0;
export const EXIT_COMMAND_FAILED = 1;
export const EXIT_BAD_INVOCATION = 2;
/** Command line only: a command that changes the tenant was declined, or refused without --yes. Nothing was done. */
export const EXIT_NOT_CONFIRMED = 3;
/** Interrupted by SIGINT / SIGTERM (128 + signal number, as shells report it). */
export const EXIT_INTERRUPTED = { SIGINT: 130, SIGTERM: 143 } as const;

export const EXIT_CODES_TEXT = `Exit codes: 0 success; 1 the command failed (the error is on stderr); 2 bad command line
(unknown command or option, malformed argument); 3 not confirmed, nothing was done; 130/143 interrupted.`;

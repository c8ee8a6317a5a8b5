/**
 * Command-layer crashes the response fuzz may find before they are fixed. An entry lets the
 * properties count a run failing with that signature while any *other* crash still fails them;
 * each entry needs a reproduction in known-bugs.test.ts. Empty now: all found so far are fixed.
 */
export interface KnownBug {
  id: string;
  where: string;
  /** Matches the run's error or readable text. */
  signature: RegExp;
}

// Every command-layer crash the fuzz found is fixed; keep the list for any that turns up later.
export const KNOWN_RESPONSE_BUGS: readonly KnownBug[] = [];

export function knownBug(text: string): KnownBug | undefined {
  return KNOWN_RESPONSE_BUGS.find((b) => b.signature.test(text));
}

import { AbsoluteError } from '../absolute/errors';
import { chunk } from '../absolute/filter';

/**
 * Sends one action request per chunk of at most `size` devices, in order. If a later chunk fails,
 * the earlier ones have already been acted on: the error says which, so nobody re-sends them blindly.
 */
export async function inChunks<T>(
  deviceUids: readonly string[],
  size: number,
  send: (part: string[]) => Promise<T>,
  describeDone: (done: readonly T[]) => string,
): Promise<T[]> {
  const done: T[] = [];
  for (const part of chunk(deviceUids, size)) {
    try {
      done.push(await send(part));
    } catch (error) {
      if (done.length === 0) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      const suggestion = error instanceof AbsoluteError ? error.suggestion : undefined;
      throw new AbsoluteError(`${reason}\nThis failed after part of the devices were already sent: ${describeDone(done)}`, {
        cause: error,
        suggestion,
      });
    }
  }
  return done;
}
